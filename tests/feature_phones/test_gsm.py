import pytest

from feature_phones.gsm import gsm_length, is_gsm7, shorten, split_pages, to_gsm7


def test_the_extension_table_counts_two_and_the_rest_is_not_gsm7():
    assert gsm_length("abc") == 3
    assert gsm_length("[€]") == 6
    assert gsm_length("é è à ù Ç") == 9
    assert is_gsm7("Ubuhinga{}") and not is_gsm7("Isôko")
    with pytest.raises(ValueError):
        gsm_length("ô")


def test_french_and_kirundi_accents_are_transliterated_not_sent_as_ucs2():
    assert to_gsm7("Isôko") == "Isoko"
    assert to_gsm7("Pièce d’identité — façade, cœur…") == "Pièce d'identité - facade, coeur..."
    assert to_gsm7("Bâtir, hôpital, île, Ubwenegihugu") == "Batir, hopital, ile, Ubwenegihugu"
    assert to_gsm7("35\u202f000 BIF") == "35 000 BIF"
    assert is_gsm7(to_gsm7("n° 1/22 « loi » 漢"))


def test_pages_join_back_to_the_text_and_respect_the_size():
    text = "Icemezo c'ivuka [copie] " * 20 + "end"
    pages = split_pages(text, 50)
    assert "".join(pages) == text
    assert all(gsm_length(page) <= 50 for page in pages)
    assert all(page.endswith(" ") for page in pages[:-1])


def test_shorten_counts_extension_characters():
    assert shorten("a" * 10, 10) == "a" * 10
    cut = shorten("{" * 10, 10)
    assert cut.endswith("...") and gsm_length(cut) <= 10


def test_sms_segments_follow_the_encoding():
    from feature_phones.gsm import sms_segments

    assert sms_segments("a" * 160) == ("GSM-7", 1)
    assert sms_segments("a" * 161) == ("GSM-7", 2)
    assert sms_segments("{" * 81) == ("GSM-7", 2)  # the extension table counts two
    assert sms_segments("ŵ" * 70) == ("UCS-2", 1)
    assert sms_segments("ŵ" + "a" * 70) == ("UCS-2", 2)
