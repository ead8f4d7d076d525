# SAMPLE CONTENT for the Isôko demo. Kirundi text awaits review by a native speaker.
"""Demo procedures, part A: identity, civil status, migration, land and good conduct."""

PROCEDURES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "passport",
        "institution": "cgm",
        "themes": ["travel", "identity-civil-status"],
        "offices": ["cgm-bujumbura", "cgm-gitega"],
        "title": {
            "rn": "Gusaba pasiporo isanzwe",
            "fr": "Demande de passeport ordinaire",
            "en": "Applying for an ordinary passport",
        },
        "summary": {
            "rn": "Pasiporo isanzwe ya biyometirike itangwa na CGM ku Murundi wese akeneye kuja mu mahanga. Ifoto n'ibimenyetso vy'intoke vyawe bifatirwa ku biro vya CGM.",
            "fr": "Le passeport ordinaire biométrique est délivré par le CGM à tout Burundais qui veut voyager à l'étranger. Votre photo et vos empreintes digitales sont prises au bureau du CGM.",
            "en": "The biometric ordinary passport is issued by the CGM to any Burundian who needs to travel abroad. Your photo and fingerprints are taken at the CGM office.",
        },
        "eligibility": {
            "rn": "Umurundi wese afise ikarata karangamuntu canke icemezo c'ivuka. Umwana atarashika imyaka 18 aza ari kumwe n'umuvyeyi canke uwumurera.",
            "fr": "Tout citoyen burundais muni de sa CNI ou de son extrait d'acte de naissance. Un mineur de moins de 18 ans se présente avec un parent ou son tuteur.",
            "en": "Any Burundian citizen with a national identity card or birth certificate. A minor under 18 comes with a parent or guardian.",
        },
        "validity": {
            "rn": "Pasiporo imara imyaka 5 uhereye ku musi yatangiweko.",
            "fr": "Valable 5 ans à compter de la date de délivrance.",
            "en": "Valid 5 years from the date of issue.",
        },
        "renewal": {
            "rn": "Saba pasiporo nshasha mu mezi 6 imbere y'uko iyo ufise irangira, ukurikije intambwe nk'izi nyene kandi uzanye iya kera.",
            "fr": "Demandez un nouveau passeport dans les 6 mois précédant l'expiration, selon la même procédure, en rapportant l'ancien.",
            "en": "Apply for a new passport within 6 months before expiry, following the same steps and bringing the old one.",
        },
        "if_lost": {
            "rn": "Bimenyeshe igipolisi uronke icemezo c'uko yazimiye, hanyuma usabe pasiporo nshasha kuri CGM werekana ico cemezo.",
            "fr": "Déclarez la perte à la police pour obtenir une attestation de perte, puis demandez un nouveau passeport au CGM en la présentant.",
            "en": "Report the loss to the police to get a loss certificate, then apply for a new passport at the CGM, showing that certificate.",
        },
        "recourse": {
            "rn": "Andikira Komiseri mukuru wa CGM ibaruwa yo gutakamba mu mezi 3. Iyo atishuye, ushobora gutakambira Minisitiri w'Intwaro y'Igihugu.",
            "fr": "Adressez un recours écrit au Commissaire général du CGM dans les 3 mois. Sans réponse, saisissez le ministre de l'Intérieur.",
            "en": "Send a written appeal to the CGM Commissioner General within 3 months. If there is no answer, appeal to the Minister of the Interior.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Uzuza urupapuro rwo gusaba",
                    "fr": "Remplir le formulaire de demande",
                    "en": "Fill in the application form",
                },
                "description": {
                    "rn": "Fata urupapuro CGM-PAS-01 ku biro vya CGM canke ku rubuga rwayo, maze urwuzuze neza mu ndome zisomeka.",
                    "fr": "Retirez le formulaire CGM-PAS-01 au bureau du CGM ou sur son site et remplissez-le lisiblement.",
                    "en": "Get form CGM-PAS-01 at a CGM office or on its website and fill it in legibly.",
                },
                "location": {
                    "rn": "Ibiro vya CGM i Bujumbura canke i Gitega",
                    "fr": "Bureau du CGM à Bujumbura ou à Gitega",
                    "en": "CGM office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi wa CGM yakira abantu",
                    "fr": "Agent d'accueil du CGM",
                    "en": "CGM reception officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Riha amafaranga ya pasiporo",
                    "fr": "Payer les frais de passeport",
                    "en": "Pay the passport fee",
                },
                "description": {
                    "rn": "Riha 235 000 BIF muri banki yemewe kuri konti werekanywe na CGM, maze ubike neza icemezo c'iriha.",
                    "fr": "Payez 235 000 BIF dans une banque agréée sur le compte indiqué par le CGM et gardez le bordereau.",
                    "en": "Pay 235,000 BIF at an approved bank into the account given by the CGM and keep the payment slip.",
                },
                "location": {
                    "rn": "Banki yemewe na Leta",
                    "fr": "Banque agréée",
                    "en": "Approved bank",
                },
                "handled_by": {
                    "rn": "Umukozi wa banki",
                    "fr": "Guichetier de la banque",
                    "en": "Bank teller",
                },
                "expected_days": 0,
                "parallel": True,
            },
            {
                "title": {
                    "rn": "Tanga dosiye, ufatwe ifoto n'ibimenyetso vy'intoke",
                    "fr": "Déposer le dossier et faire la capture biométrique",
                    "en": "Submit the file and have your biometrics taken",
                },
                "description": {
                    "rn": "Shikiriza impapuro zose wewe nyene. Umukozi arafata ifoto yawe, ibimenyetso vy'intoke n'umukono wawe.",
                    "fr": "Déposez le dossier complet en personne. L'agent prend votre photo, vos empreintes digitales et votre signature.",
                    "en": "Hand in the complete file in person. The officer takes your photo, fingerprints and signature.",
                },
                "location": {
                    "rn": "Ibiro vya CGM bishinzwe pasiporo",
                    "fr": "Service des passeports du CGM",
                    "en": "CGM passport service",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe ibimenyetso vya biyometirike",
                    "fr": "Agent de capture biométrique",
                    "en": "Biometric enrolment officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata pasiporo yawe",
                    "fr": "Retirer le passeport",
                    "en": "Collect your passport",
                },
                "description": {
                    "rn": "Garuka ku musi wabwiwe witwaje ikarata karangamuntu n'icemezo c'uko watanze dosiye. Pasiporo ihabwa nyenayo gusa.",
                    "fr": "Revenez à la date indiquée avec votre CNI et le récépissé de dépôt. Le passeport n'est remis qu'au titulaire.",
                    "en": "Come back on the date given with your identity card and filing receipt. The passport is handed only to its holder.",
                },
                "location": {
                    "rn": "Ibiro vya CGM wasabiyeko",
                    "fr": "Bureau du CGM où la demande a été déposée",
                    "en": "CGM office where you applied",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe gutanga pasiporo",
                    "fr": "Agent de remise des passeports",
                    "en": "Passport delivery officer",
                },
                "expected_days": 10,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba pasiporo rwujujwe",
                    "fr": "Formulaire de demande de passeport rempli",
                    "en": "Completed passport application form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "CGM-PAS-01",
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu (CNI)",
                    "fr": "Carte nationale d'identité (CNI)",
                    "en": "National identity card (CNI)",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": {
                    "rn": "Ku muntu ashikije imyaka 16",
                    "fr": "Pour les personnes de 16 ans et plus",
                    "en": "For applicants aged 16 or over",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'ivuka",
                    "fr": "Extrait d'acte de naissance",
                    "en": "Birth certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha rya 235 000 BIF",
                    "fr": "Bordereau de paiement de 235 000 BIF",
                    "en": "Payment slip for 235,000 BIF",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Uruhusha rw'abavyeyi rwanditse",
                    "fr": "Autorisation parentale écrite",
                    "en": "Written parental consent",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Ku mwana atarashika imyaka 18",
                    "fr": "Pour un mineur de moins de 18 ans",
                    "en": "For a minor under 18",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Pasiporo ya kera",
                    "fr": "Ancien passeport",
                    "en": "Previous passport",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo usaba iyindi mu kibanza c'iyarangiye",
                    "fr": "En cas de renouvellement",
                    "en": "When renewing",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Pasiporo isanzwe y'imyaka 5",
                    "fr": "Passeport ordinaire de 5 ans",
                    "en": "Ordinary passport, 5 years",
                },
                "amount_bif": 235000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya CGM, hanyuma uzane icemezo c'iriha ku biro vya CGM.",
                    "fr": "Paiement en banque agréée sur le compte du CGM ; présentez le bordereau au bureau du CGM.",
                    "en": "Pay at an approved bank into the CGM account; bring the slip to the CGM office.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Amakuru ari ku rupapuro rwo gusaba ntahuye n'ari ku kirangamuntu canke ku cemezo c'ivuka.",
                "fr": "Les informations du formulaire ne concordent pas avec la CNI ou l'acte de naissance.",
                "en": "The form details do not match the identity card or birth certificate.",
            },
            {
                "rn": "Icemezo c'iriha ntikiriho canke amafaranga yarihwe ntashika.",
                "fr": "Bordereau de paiement absent ou montant insuffisant.",
                "en": "Payment slip missing or amount paid too low.",
            },
            {
                "rn": "Umwana atarashika imyaka 18 ntafise uruhusha rw'abavyeyi.",
                "fr": "Mineur sans autorisation parentale.",
                "en": "Minor without parental consent.",
            },
            {
                "rn": "Uwusaba yabujijwe n'ubucamanza kuva mu gihugu.",
                "fr": "Le demandeur fait l'objet d'une interdiction judiciaire de sortie du territoire.",
                "en": "The applicant is barred by a court from leaving the country.",
            },
        ],
        "legal_bases": [
            {
                "kind": "constitution",
                "reference": "Constitution de la République du Burundi du 7 juin 2018",
                "title": {
                    "rn": "Ibwirizwa Shingiro rya Republika y'Uburundi",
                    "fr": "Constitution de la République du Burundi",
                    "en": "Constitution of the Republic of Burundi",
                },
                "article": "Art. 33",
                "date": "2018-06-07",
                "url": "",
            },
            {
                "kind": "law",
                "reference": "Loi n°1/25 du 5 novembre 2021",
                "title": {
                    "rn": "Itegeko rigenga ivyerekeye abinjira n'abasohoka mu Burundi",
                    "fr": "Loi portant réglementation des migrations au Burundi",
                    "en": "Law regulating migration in Burundi",
                },
                "article": "Art. 14",
                "date": "2021-11-05",
                "url": "",
            },
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°215/224 du 2 mars 2011",
                "title": {
                    "rn": "Itegeko rya Minisitiri rishinga pasiporo za biyometirike",
                    "fr": "Ordonnance portant mise en circulation des passeports biométriques",
                    "en": "Ordinance introducing biometric passports",
                },
                "article": "Art. 2",
                "date": "2011-03-02",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "national-identity-card",
        "institution": "interior",
        "themes": ["identity-civil-status"],
        "offices": [
            "civil-status-mukaza", "civil-status-gitega", "civil-status-ngozi",
            "one-stop-bujumbura", "one-stop-gitega",
        ],
        "title": {
            "rn": "Gusaba ikarata karangamuntu (CNI)",
            "fr": "Demande de carte nationale d'identité (CNI)",
            "en": "Applying for the national identity card (CNI)",
        },
        "summary": {
            "rn": "Ikarata karangamuntu ya biyometirike yerekana ko uri Umurundi; itangwa na komine. Irakenewe mu gutora, mu kwugurura konti muri banki no mu bindi bikorwa vy'ubutegetsi.",
            "fr": "La CNI biométrique prouve votre identité et votre nationalité burundaise ; elle est délivrée par la commune. Elle est exigée pour voter, ouvrir un compte bancaire et pour la plupart des démarches.",
            "en": "The biometric CNI proves your identity and Burundian nationality; it is issued by the commune. You need it to vote, open a bank account and for most formalities.",
        },
        "eligibility": {
            "rn": "Umurundi wese ashikije imyaka 16, yanditswe mu bitabo vy'irangamimerere.",
            "fr": "Tout Burundais âgé d'au moins 16 ans et inscrit à l'état civil.",
            "en": "Any Burundian aged 16 or over who is recorded in the civil status register.",
        },
        "validity": {
            "rn": "Ikarata imara imyaka 10.",
            "fr": "Valable 10 ans.",
            "en": "Valid 10 years.",
        },
        "renewal": {
            "rn": "Iyo ikarata irangiye canke iyo amakuru yawe ahindutse (nk'ubugeni), ja kuri komine usabe iyindi, usubize iya kera.",
            "fr": "À l'expiration ou en cas de changement (mariage, par exemple), demandez une nouvelle carte à la commune en rendant l'ancienne.",
            "en": "When it expires or your details change (e.g. marriage), ask the commune for a new card and hand in the old one.",
        },
        "if_lost": {
            "rn": "Bimenyeshe igipolisi uronke icemezo c'uko yazimiye, hanyuma usabe kuri komine ikarata isubirira iyazimiye.",
            "fr": "Déclarez la perte à la police, puis demandez un duplicata à la commune avec l'attestation de perte.",
            "en": "Report the loss to the police, then ask the commune for a duplicate, showing the loss certificate.",
        },
        "recourse": {
            "rn": "Iyo wanswe, takambira umuyobozi wa komine mu kwandika; iyo bitakunze, ja ku bushikiranganji bw'Intwaro y'Igihugu.",
            "fr": "En cas de refus, adressez un recours écrit à l'administrateur communal, puis au ministère de l'Intérieur.",
            "en": "If refused, send a written appeal to the communal administrator, then to the Ministry of the Interior.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Ronka icemezo c'umukuru w'umutumba",
                    "fr": "Obtenir l'attestation du chef de colline",
                    "en": "Get the colline chief's attestation",
                },
                "description": {
                    "rn": "Umukuru w'umutumba canke w'ikaritiye akwandikira icemezo yemeza uwo uri n'aho uba.",
                    "fr": "Le chef de colline ou de quartier atteste votre identité et votre résidence.",
                    "en": "The colline or neighbourhood chief confirms your identity and residence in writing.",
                },
                "location": {
                    "rn": "Ku biro vy'umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Bureau du chef de colline ou de quartier",
                    "en": "Colline or neighbourhood chief's office",
                },
                "handled_by": {
                    "rn": "Umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Chef de colline ou de quartier",
                    "en": "Colline or neighbourhood chief",
                },
                "expected_days": 1,
            },
            {
                "title": {
                    "rn": "Riha amafaranga kuri komine",
                    "fr": "Payer à la caisse communale",
                    "en": "Pay at the commune cash desk",
                },
                "description": {
                    "rn": "Riha amafaranga y'ikarata ku mubitsi wa komine, uhabwe icemezo c'iriha.",
                    "fr": "Payez les frais de la carte au comptable communal, qui vous remet une quittance.",
                    "en": "Pay the card fee to the commune accountant, who gives you a receipt.",
                },
                "location": {
                    "rn": "Ku mubitsi wa komine",
                    "fr": "Caisse de la commune",
                    "en": "Commune cash desk",
                },
                "handled_by": {
                    "rn": "Umubitsi wa komine",
                    "fr": "Comptable communal",
                    "en": "Commune accountant",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Iyandikishe, ufatwe ifoto n'ibimenyetso vy'intoke",
                    "fr": "Enregistrement et capture biométrique",
                    "en": "Register and have your biometrics taken",
                },
                "description": {
                    "rn": "Zana impapuro zawe ku biro vy'irangamimerere. Umukozi arandika amakuru yawe, agafata ifoto n'ibimenyetso vy'intoke.",
                    "fr": "Présentez vos pièces au service de l'état civil. L'agent saisit vos données, votre photo et vos empreintes.",
                    "en": "Bring your documents to the civil status office. The officer records your details, photo and fingerprints.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine canke ibiro bitanga serivisi zose hamwe",
                    "fr": "Service de l'état civil de la commune ou guichet unique provincial",
                    "en": "Commune civil status office or provincial one-stop shop",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata ikarata yawe",
                    "fr": "Retirer la carte",
                    "en": "Collect your card",
                },
                "description": {
                    "rn": "Garuka kuri komine ku musi wabwiwe, ushire umukono mu gitabo, uhabwe ikarata yawe.",
                    "fr": "Revenez à la commune à la date indiquée, signez le registre et recevez votre carte.",
                    "en": "Return to the commune on the date given, sign the register and receive your card.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine",
                    "fr": "Service de l'état civil de la commune",
                    "en": "Commune civil status office",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 14,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Icemezo c'ivuka canke urubanza rusubirira icemezo c'ivuka",
                    "fr": "Extrait d'acte de naissance ou jugement supplétif",
                    "en": "Birth certificate or substitute court judgment",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Attestation du chef de colline ou de quartier",
                    "en": "Attestation from the colline or neighbourhood chief",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha",
                    "fr": "Quittance de paiement",
                    "en": "Payment receipt",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu ya kera",
                    "fr": "Ancienne CNI",
                    "en": "Old identity card",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo usaba iyindi kuko iya kera yarangiye canke amakuru yahindutse",
                    "fr": "En cas de renouvellement ou de changement de données",
                    "en": "When renewing or changing details",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'igipolisi c'uko ikarata yazimiye",
                    "fr": "Attestation de perte délivrée par la police",
                    "en": "Police loss certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo ikarata ya kera yazimiye",
                    "fr": "Si l'ancienne carte a été perdue",
                    "en": "If the old card was lost",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Ikarata ya mbere canke iyisubirira iyarangiye",
                    "fr": "Première carte ou renouvellement",
                    "en": "First card or renewal",
                },
                "amount_bif": 5000,
                "payment": {
                    "rn": "Riha amafaranga nyayo ku mubitsi wa komine, uhabwe icemezo c'iriha.",
                    "fr": "En espèces à la caisse communale, contre quittance.",
                    "en": "In cash at the commune cash desk, against a receipt.",
                },
            },
            {
                "label": {
                    "rn": "Ikarata isubirira iyazimiye",
                    "fr": "Duplicata en cas de perte",
                    "en": "Duplicate after loss",
                },
                "amount_bif": 10000,
                "payment": {
                    "rn": "Riha amafaranga nyayo ku mubitsi wa komine, uhabwe icemezo c'iriha.",
                    "fr": "En espèces à la caisse communale, contre quittance.",
                    "en": "In cash at the commune cash desk, against a receipt.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Uwusaba ntarashika imyaka 16.",
                "fr": "Le demandeur a moins de 16 ans.",
                "en": "The applicant is under 16.",
            },
            {
                "rn": "Ubunyagihugu bw'Uburundi ntibwerekanwa n'impapuro zatanzwe.",
                "fr": "La nationalité burundaise n'est pas établie par les pièces fournies.",
                "en": "The documents do not establish Burundian nationality.",
            },
            {
                "rn": "Uwusaba asanzwe afise ikarata ikiri nzima.",
                "fr": "Le demandeur possède déjà une carte en cours de validité.",
                "en": "The applicant already holds a valid card.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Décret-loi n°1/024 du 28 avril 1993 portant Code des personnes et de la famille",
                "title": {
                    "rn": "Igitabo c'amategeko agenga abantu n'umuryango",
                    "fr": "Code des personnes et de la famille",
                    "en": "Persons and Family Code",
                },
                "article": "Art. 15",
                "date": "1993-04-28",
                "url": "",
            },
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°530/1127 du 12 août 2024",
                "title": {
                    "rn": "Itegeko rya Minisitiri ritunganya itangwa ry'ikarata karangamuntu ya biyometirike",
                    "fr": "Ordonnance fixant les modalités de délivrance de la CNI biométrique",
                    "en": "Ordinance on the issuance of the biometric national identity card",
                },
                "article": "Art. 4",
                "date": "2024-08-12",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "birth-certificate",
        "institution": "interior",
        "themes": ["identity-civil-status"],
        "offices": [
            "civil-status-mukaza", "civil-status-gitega", "civil-status-ngozi",
            "one-stop-bujumbura",
        ],
        "title": {
            "rn": "Kwandikisha ivuka no kuronka icemezo c'ivuka",
            "fr": "Déclaration de naissance et extrait d'acte de naissance",
            "en": "Birth registration and birth certificate",
        },
        "summary": {
            "rn": "Umwana wese avutse yandikwa mu gitabo c'irangamimerere ca komine. Kwandikisha mu gihe cagenywe ni ubuntu; ico urihira ni icemezo c'ivuka gusa.",
            "fr": "Toute naissance est inscrite au registre de l'état civil de la commune. La déclaration dans le délai légal est gratuite ; seul l'extrait est payant.",
            "en": "Every birth is entered in the commune's civil status register. Registering within the legal deadline is free; only the certificate copy is paid for.",
        },
        "eligibility": {
            "rn": "Se canke nyina w'umwana, canke uwundi muntu yari ahari igihe umwana yavuka. Icemezo gishobora gusabwa na nyenewo, abavyeyi canke uwurungitswe na bo.",
            "fr": "Le père, la mère ou toute personne ayant assisté à la naissance. L'extrait peut être demandé par l'intéressé, ses parents ou un mandataire.",
            "en": "The father, the mother or anyone present at the birth. The certificate may be requested by the person, their parents or an authorised proxy.",
        },
        "validity": {
            "rn": "Ivyanditswe mu gitabo ntibita agaciro; ariko ibiro vyinshi vyakira icemezo c'ivuka kitarengeje amezi 3.",
            "fr": "L'acte ne se périme pas ; la plupart des administrations exigent un extrait de moins de 3 mois.",
            "en": "The record never expires; most offices ask for a certificate less than 3 months old.",
        },
        "renewal": {
            "rn": "Ntigisubirwamwo; saba ikindi cemezo ku biro vy'irangamimerere aho ivuka ryanditswe.",
            "fr": "Non renouvelable ; demandez un nouvel extrait à l'état civil où la naissance est inscrite.",
            "en": "Not renewable; ask for a new copy at the civil status office where the birth is registered.",
        },
        "if_lost": {
            "rn": "Saba ikindi cemezo kuri komine yanditse ivuka; ivyanditswe vy'intango biguma mu gitabo c'irangamimerere.",
            "fr": "Demandez un nouvel extrait à la commune d'inscription ; l'acte original reste conservé au registre.",
            "en": "Ask the commune of registration for a new copy; the original record stays in the register.",
        },
        "recourse": {
            "rn": "Iyo igihe cagenywe carenze canke wanswe, saba Sentare y'Intango urubanza rusubirira icemezo c'ivuka.",
            "fr": "Si le délai est dépassé ou en cas de refus, demandez un jugement supplétif au tribunal de résidence.",
            "en": "If the deadline has passed or you are refused, ask the local (residence) court for a substitute judgment.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Menyesha ivuka mu misi 15",
                    "fr": "Déclarer la naissance dans les 15 jours",
                    "en": "Declare the birth within 15 days",
                },
                "description": {
                    "rn": "Uzuza urupapuro MININTER-EC-01 uruzanane n'icemezo c'ivuka catanzwe n'ivuriro canke ibitaro.",
                    "fr": "Remplissez le formulaire MININTER-EC-01 et joignez l'avis de naissance de la maternité.",
                    "en": "Fill in form MININTER-EC-01 and attach the birth notice from the health facility.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine umwana yavukiyemwo",
                    "fr": "État civil de la commune de naissance",
                    "en": "Civil status office of the commune of birth",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ivuka ryandikwa mu gitabo",
                    "fr": "Inscription au registre",
                    "en": "Entry in the register",
                },
                "description": {
                    "rn": "Umwanditsi yandika ivuka mu gitabo, hanyuma wewe n'ivyabona bibiri mugashiraho umukono.",
                    "fr": "L'officier dresse l'acte dans le registre ; vous le signez avec deux témoins.",
                    "en": "The officer draws up the record in the register; you sign it with two witnesses.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine",
                    "fr": "Service de l'état civil de la commune",
                    "en": "Commune civil status office",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Saba kandi urihe icemezo c'ivuka",
                    "fr": "Demander et payer l'extrait",
                    "en": "Request and pay for the certificate",
                },
                "description": {
                    "rn": "Riha amafaranga y'icemezo ku mubitsi wa komine, hanyuma werekane icemezo c'iriha ku biro vy'irangamimerere.",
                    "fr": "Payez l'extrait à la caisse communale, puis présentez la quittance au service de l'état civil.",
                    "en": "Pay for the certificate at the commune cash desk, then show the receipt at the civil status office.",
                },
                "location": {
                    "rn": "Ku mubitsi wa komine",
                    "fr": "Caisse de la commune",
                    "en": "Commune cash desk",
                },
                "handled_by": {
                    "rn": "Umubitsi wa komine",
                    "fr": "Comptable communal",
                    "en": "Commune accountant",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata icemezo c'ivuka",
                    "fr": "Retirer l'extrait",
                    "en": "Collect the certificate",
                },
                "description": {
                    "rn": "Icemezo c'ivuka gishirwako umukono n'ikimenyetso ca komine, kigahabwa uwagisavye.",
                    "fr": "L'extrait signé et cacheté par la commune est remis au demandeur.",
                    "en": "The certificate, signed and stamped by the commune, is handed to the applicant.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine",
                    "fr": "Service de l'état civil de la commune",
                    "en": "Commune civil status office",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 1,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo kumenyesha ivuka rwujujwe",
                    "fr": "Formulaire de déclaration de naissance rempli",
                    "en": "Completed birth declaration form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "MININTER-EC-01",
            },
            {
                "name": {
                    "rn": "Icemezo c'ivuka catanzwe n'ivuriro canke ibitaro",
                    "fr": "Avis de naissance de la maternité",
                    "en": "Birth notice from the health facility",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo umwana yavukiye ku ivuriro canke mu bitaro",
                    "fr": "Si l'enfant est né dans une structure de santé",
                    "en": "If the child was born in a health facility",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu z'abavyeyi",
                    "fr": "CNI des parents",
                    "en": "Parents' identity cards",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'ubugeni bw'abavyeyi",
                    "fr": "Acte de mariage des parents",
                    "en": "Parents' marriage certificate",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": {
                    "rn": "Iyo abavyeyi bubakanye imbere y'amategeko",
                    "fr": "Si les parents sont mariés civilement",
                    "en": "If the parents are civilly married",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Urubanza rusubirira icemezo c'ivuka",
                    "fr": "Jugement supplétif d'acte de naissance",
                    "en": "Substitute birth judgment",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Iyo imisi 15 yagenywe yarenze",
                    "fr": "Si le délai de 15 jours est dépassé",
                    "en": "If the 15-day deadline has passed",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Icemezo c'ivuka (kimwe)",
                    "fr": "Extrait d'acte de naissance (par exemplaire)",
                    "en": "Birth certificate (per copy)",
                },
                "amount_bif": 1000,
                "payment": {
                    "rn": "Riha amafaranga nyayo ku mubitsi wa komine, uhabwe icemezo c'iriha.",
                    "fr": "En espèces à la caisse communale, contre quittance.",
                    "en": "In cash at the commune cash desk, against a receipt.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Imisi 15 yagenywe yarenze kandi nta rubanza rusubirira icemezo c'ivuka.",
                "fr": "Délai de 15 jours dépassé sans jugement supplétif.",
                "en": "15-day deadline passed with no substitute judgment.",
            },
            {
                "rn": "Uwuje kumenyesha ivuka si umuvyeyi kandi ntiyari ahari igihe umwana yavuka.",
                "fr": "Le déclarant n'est ni un parent ni un témoin de la naissance.",
                "en": "The declarant is neither a parent nor a witness of the birth.",
            },
            {
                "rn": "Amakuru ari ku rupapuro ntahuye n'ari ku cemezo c'ivuriro.",
                "fr": "Les informations déclarées contredisent l'avis de naissance.",
                "en": "The declared details contradict the birth notice.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Décret-loi n°1/024 du 28 avril 1993 portant Code des personnes et de la famille",
                "title": {
                    "rn": "Igitabo c'amategeko agenga abantu n'umuryango",
                    "fr": "Code des personnes et de la famille",
                    "en": "Persons and Family Code",
                },
                "article": "Art. 34",
                "date": "1993-04-28",
                "url": "",
            },
            {
                "kind": "constitution",
                "reference": "Constitution de la République du Burundi du 7 juin 2018",
                "title": {
                    "rn": "Ibwirizwa Shingiro rya Republika y'Uburundi",
                    "fr": "Constitution de la République du Burundi",
                    "en": "Constitution of the Republic of Burundi",
                },
                "article": "Art. 44",
                "date": "2018-06-07",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "civil-marriage",
        "institution": "interior",
        "themes": ["identity-civil-status"],
        "offices": ["civil-status-mukaza", "civil-status-gitega", "civil-status-ngozi"],
        "title": {
            "rn": "Kwubakana imbere y'amategeko (ubugeni bwa leta)",
            "fr": "Mariage civil",
            "en": "Civil marriage",
        },
        "summary": {
            "rn": "Ubugeni bwemewe n'amategeko bushingirwa imbere y'umwanditsi w'irangamimerere wa komine, inyuma yo gutangaza amatangazo y'ubugeni. Abubakanye bahabwa igitabo c'umuryango.",
            "fr": "Le mariage civil est célébré devant l'officier de l'état civil de la commune, après publication des bans. Les époux reçoivent un livret de famille.",
            "en": "The civil marriage is celebrated before the commune's civil status officer after the banns are published. The couple receive a family booklet.",
        },
        "eligibility": {
            "rn": "Umugabo ashikije imyaka 21 n'umugore ashikije imyaka 18, bemeye bompi, kandi ata wundi bubakanye imbere y'amategeko.",
            "fr": "Un homme d'au moins 21 ans et une femme d'au moins 18 ans, consentants, et non déjà mariés.",
            "en": "A man aged at least 21 and a woman aged at least 18 who both consent and are not already married.",
        },
        "validity": {
            "rn": "Ubugeni bumara gushika umwe muri bo apfuye canke batanye mu rubanza. Icemezo c'ubugeni ntigita agaciro.",
            "fr": "Le mariage dure jusqu'au décès d'un époux ou au divorce. L'acte de mariage ne se périme pas.",
            "en": "The marriage lasts until one spouse dies or a divorce. The marriage record does not expire.",
        },
        "renewal": {
            "rn": "Ntibisubirwamwo; nimba ukeneye icemezo c'ubugeni gishasha, gisabe kuri komine mwubakaniyeko.",
            "fr": "Non renouvelable ; un nouvel extrait d'acte de mariage se demande à la commune de célébration.",
            "en": "Not renewable; ask the commune where you married for a new copy of the marriage certificate.",
        },
        "if_lost": {
            "rn": "Nimba igitabo c'umuryango cazimiye, bimenyeshe igipolisi, hanyuma usabe kuri komine ikindi gisubirira ico.",
            "fr": "En cas de perte du livret de famille, déclarez-la à la police puis demandez un duplicata à la commune.",
            "en": "If the family booklet is lost, report it to the police, then ask the commune for a duplicate.",
        },
        "recourse": {
            "rn": "Iyo umwanditsi yanse canke hari uwatambamiye ubugeni, ushobora kuregera Sentare y'Intango ikabitora.",
            "fr": "En cas de refus ou d'opposition, saisissez le tribunal de résidence qui statue sur la mainlevée.",
            "en": "If the officer refuses or someone objects, apply to the local (residence) court to rule on the objection.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Saba ko amatangazo y'ubugeni ashirwa ahabona",
                    "fr": "Demander la publication des bans",
                    "en": "Request publication of the banns",
                },
                "description": {
                    "rn": "Abagiye kwubakana bompi bazana urupapuro MININTER-EC-02 rwujujwe n'impapuro zabo kuri komine y'umwe muri bo.",
                    "fr": "Les futurs époux déposent ensemble le formulaire MININTER-EC-02 et leurs pièces à la commune de l'un d'eux.",
                    "en": "Both future spouses file form MININTER-EC-02 and their documents at the commune of either of them.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine",
                    "fr": "Service de l'état civil de la commune",
                    "en": "Commune civil status office",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Amatangazo amara imisi 10 ahabona",
                    "fr": "Affichage des bans pendant 10 jours",
                    "en": "Banns displayed for 10 days",
                },
                "description": {
                    "rn": "Amatangazo ashirwa ku kibaho ca komine imisi 10 kugira ngo uwuzi ikibuza ubwo bugeni abimenyeshe.",
                    "fr": "Les bans sont affichés à la commune pendant 10 jours pour permettre d'éventuelles oppositions.",
                    "en": "The banns are posted at the commune for 10 days so that any objection can be raised.",
                },
                "location": {
                    "rn": "Ku kibaho c'amatangazo ca komine",
                    "fr": "Panneau d'affichage de la commune",
                    "en": "Commune notice board",
                },
                "handled_by": {
                    "rn": "Ibiro vy'irangamimerere",
                    "fr": "Service de l'état civil",
                    "en": "Civil status service",
                },
                "expected_days": 10,
            },
            {
                "title": {
                    "rn": "Riha amafaranga y'ubugeni",
                    "fr": "Payer les frais de mariage",
                    "en": "Pay the marriage fees",
                },
                "description": {
                    "rn": "Riha amafaranga yo gushinga ubugeni n'ay'igitabo c'umuryango ku mubitsi wa komine.",
                    "fr": "Payez les frais de célébration et du livret de famille à la caisse communale.",
                    "en": "Pay the celebration and family booklet fees at the commune cash desk.",
                },
                "location": {
                    "rn": "Ku mubitsi wa komine",
                    "fr": "Caisse de la commune",
                    "en": "Commune cash desk",
                },
                "handled_by": {
                    "rn": "Umubitsi wa komine",
                    "fr": "Comptable communal",
                    "en": "Commune accountant",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Gushingirwa imbere y'umwanditsi w'irangamimerere",
                    "fr": "Célébration devant l'officier de l'état civil",
                    "en": "Ceremony before the civil status officer",
                },
                "description": {
                    "rn": "Ku musi mwumvikanye, mwerekana ko mwemeye imbere y'ivyabona bibiri, mugashira umukono mu gitabo, mugahabwa igitabo c'umuryango.",
                    "fr": "Au jour fixé, vous échangez vos consentements devant deux témoins, signez le registre et recevez le livret de famille.",
                    "en": "On the agreed day you give your consent before two witnesses, sign the register and receive the family booklet.",
                },
                "location": {
                    "rn": "Icumba c'ubugeni ca komine",
                    "fr": "Salle des mariages de la commune",
                    "en": "Commune marriage hall",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 1,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba gutangaza ubugeni rwujujwe",
                    "fr": "Formulaire de demande de publication des bans",
                    "en": "Completed banns publication request form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "MININTER-EC-02",
            },
            {
                "name": {
                    "rn": "Icemezo c'ivuka c'umwe wese kitarengeje amezi 3",
                    "fr": "Extrait d'acte de naissance de chaque époux, de moins de 3 mois",
                    "en": "Birth certificate of each spouse, less than 3 months old",
                },
                "originals": 2, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu z'abagiye kwubakana n'iz'ivyabona",
                    "fr": "CNI des futurs époux et des témoins",
                    "en": "Identity cards of the spouses and witnesses",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'uko umuntu atubatse gitangwa n'umukuru w'umutumba",
                    "fr": "Attestation de célibat délivrée par le chef de colline",
                    "en": "Certificate of single status from the colline chief",
                },
                "originals": 2, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urubanza rw'ugutana canke icemezo c'urupfu rw'uwo mwari mwubakanye",
                    "fr": "Jugement de divorce ou acte de décès de l'ex-conjoint",
                    "en": "Divorce judgment or death certificate of the former spouse",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Ku wigeze kwubaka imbere y'amategeko",
                    "fr": "Pour une personne déjà mariée auparavant",
                    "en": "For a person previously married",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Gushinga ubugeni kuri komine",
                    "fr": "Célébration du mariage",
                    "en": "Marriage celebration",
                },
                "amount_bif": 10000,
                "payment": {
                    "rn": "Riha amafaranga nyayo ku mubitsi wa komine, uhabwe icemezo c'iriha.",
                    "fr": "En espèces à la caisse communale, contre quittance.",
                    "en": "In cash at the commune cash desk, against a receipt.",
                },
            },
            {
                "label": {
                    "rn": "Igitabo c'umuryango",
                    "fr": "Livret de famille",
                    "en": "Family booklet",
                },
                "amount_bif": 5000,
                "payment": {
                    "rn": "Riha ku mubitsi wa komine hamwe n'amafaranga yo gushinga ubugeni.",
                    "fr": "À la caisse communale, en même temps que les frais de célébration.",
                    "en": "At the commune cash desk, together with the celebration fee.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Umwe muri bo ntarashika imyaka isabwa n'amategeko.",
                "fr": "L'un des futurs époux n'a pas l'âge légal.",
                "en": "One of the future spouses is under the legal age.",
            },
            {
                "rn": "Umwe muri bo asanzwe yubakanye n'uwundi; kurongora abagore benshi birabujijwe.",
                "fr": "L'un d'eux est déjà marié ; la polygamie est interdite.",
                "en": "One of them is already married; polygamy is prohibited.",
            },
            {
                "rn": "Hari uwatambamiye ubugeni kandi sentare yemeje ko afise ishingiro.",
                "fr": "Une opposition a été formée et reconnue fondée par le tribunal.",
                "en": "An objection was filed and upheld by the court.",
            },
            {
                "rn": "Bafitaniye isano ribuza kwubakana.",
                "fr": "Lien de parenté interdisant le mariage.",
                "en": "A family relationship that bars the marriage.",
            },
        ],
        "legal_bases": [
            {
                "kind": "constitution",
                "reference": "Constitution de la République du Burundi du 7 juin 2018",
                "title": {
                    "rn": "Ibwirizwa Shingiro rya Republika y'Uburundi",
                    "fr": "Constitution de la République du Burundi",
                    "en": "Constitution of the Republic of Burundi",
                },
                "article": "Art. 30",
                "date": "2018-06-07",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Décret-loi n°1/024 du 28 avril 1993 portant Code des personnes et de la famille",
                "title": {
                    "rn": "Igitabo c'amategeko agenga abantu n'umuryango",
                    "fr": "Code des personnes et de la famille",
                    "en": "Persons and Family Code",
                },
                "article": "Art. 88",
                "date": "1993-04-28",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "death-certificate",
        "institution": "interior",
        "themes": ["identity-civil-status"],
        "offices": ["civil-status-mukaza", "civil-status-gitega", "civil-status-ngozi"],
        "title": {
            "rn": "Kwandikisha urupfu no kuronka icemezo c'urupfu",
            "fr": "Déclaration de décès et acte de décès",
            "en": "Death registration and death certificate",
        },
        "summary": {
            "rn": "Urupfu rumenyeshwa ibiro vy'irangamimerere vya komine rwabereyemwo, na ho bagatanga icemezo c'urupfu ku buntu. Ico cemezo kirakenewe mu vy'izungura, mu guhagarika amasezerano canke mu kuronka amafaranga y'izabukuru.",
            "fr": "Le décès est déclaré à l'état civil de la commune où il a eu lieu, qui délivre gratuitement l'acte de décès. Celui-ci est nécessaire pour la succession, la résiliation de contrats ou une pension de survivant.",
            "en": "A death is declared at the civil status office of the commune where it occurred, which issues the death certificate free of charge. It is needed for inheritance, ending contracts or a survivor's pension.",
        },
        "eligibility": {
            "rn": "Umuntu wo mu muryango wa nyakwigendera, umubanyi canke uwuhagarariye ibitaro aho yapfiriye.",
            "fr": "Un membre de la famille du défunt, un voisin ou le responsable de l'établissement où le décès a eu lieu.",
            "en": "A relative of the deceased, a neighbour or the head of the facility where the death occurred.",
        },
        "validity": {
            "rn": "Ivyanditswe mu gitabo ntibita agaciro; ibiro vyinshi vyakira icemezo kitarengeje amezi 3.",
            "fr": "L'acte ne se périme pas ; les administrations demandent souvent un extrait de moins de 3 mois.",
            "en": "The record never expires; offices often ask for a copy less than 3 months old.",
        },
        "renewal": {
            "rn": "Ntigisubirwamwo; saba ikindi cemezo kuri komine yanditse urupfu.",
            "fr": "Non renouvelable ; demandez un nouvel extrait à la commune d'inscription.",
            "en": "Not renewable; ask the commune of registration for a new copy.",
        },
        "if_lost": {
            "rn": "Saba ikindi cemezo c'urupfu ku biro vy'irangamimerere vyanditse urupfu.",
            "fr": "Demandez un nouvel extrait d'acte de décès au service de l'état civil d'inscription.",
            "en": "Ask the civil status office where the death was recorded for a new copy.",
        },
        "recourse": {
            "rn": "Iyo igihe carenze canke wanswe, saba Sentare y'Intango urubanza rwemeza urupfu.",
            "fr": "En cas de déclaration tardive ou de refus, demandez un jugement déclaratif de décès au tribunal de résidence.",
            "en": "For a late declaration or a refusal, ask the local (residence) court for a declaratory death judgment.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Ronka icemezo c'umuganga canke c'umukuru w'umutumba",
                    "fr": "Obtenir le constat de décès",
                    "en": "Get the proof of death",
                },
                "description": {
                    "rn": "Ibitaro bitanga icemezo c'umuganga c'urupfu. Iyo umuntu apfiriye i muhira, umukuru w'umutumba ni we yandika icemezo.",
                    "fr": "L'hôpital délivre un certificat médical de décès. Si le décès a eu lieu à domicile, le chef de colline établit une attestation.",
                    "en": "The hospital issues a medical death certificate. If the death happened at home, the colline chief writes an attestation.",
                },
                "location": {
                    "rn": "Ibitaro canke ku biro vy'umukuru w'umutumba",
                    "fr": "Hôpital ou bureau du chef de colline",
                    "en": "Hospital or colline chief's office",
                },
                "handled_by": {
                    "rn": "Umuganga canke umukuru w'umutumba",
                    "fr": "Médecin ou chef de colline",
                    "en": "Doctor or colline chief",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Menyesha urupfu mu misi 8",
                    "fr": "Déclarer le décès dans les 8 jours",
                    "en": "Declare the death within 8 days",
                },
                "description": {
                    "rn": "Ja ku biro vy'irangamimerere n'ivyo vyemezo n'ivyabona bibiri. Umwanditsi yandika urupfu mu gitabo.",
                    "fr": "Présentez-vous à l'état civil avec ces pièces et deux témoins. L'officier inscrit le décès au registre.",
                    "en": "Go to the civil status office with these documents and two witnesses. The officer records the death in the register.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine urupfu rwabereyemwo",
                    "fr": "État civil de la commune du lieu du décès",
                    "en": "Civil status office of the commune where the death occurred",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Fata icemezo c'urupfu",
                    "fr": "Recevoir l'acte de décès",
                    "en": "Receive the death certificate",
                },
                "description": {
                    "rn": "Icemezo c'urupfu ca mbere gitangwa ku buntu uwo musi nyene canke bukeye.",
                    "fr": "Le premier extrait d'acte de décès est remis gratuitement le jour même ou le lendemain.",
                    "en": "The first copy of the death certificate is given free of charge the same day or the next.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine",
                    "fr": "Service de l'état civil de la commune",
                    "en": "Commune civil status office",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 1,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Icemezo c'umuganga c'urupfu",
                    "fr": "Certificat médical de décès",
                    "en": "Medical death certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo umuntu yapfiriye mu bitaro canke ku ivuriro",
                    "fr": "Si le décès a eu lieu dans une structure de santé",
                    "en": "If the death occurred in a health facility",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'umukuru w'umutumba c'urupfu",
                    "fr": "Attestation de décès du chef de colline",
                    "en": "Colline chief's attestation of death",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo umuntu yapfiriye i muhira canke ahandi hatari ku ivuriro",
                    "fr": "Si le décès a eu lieu hors d'une structure de santé",
                    "en": "If the death occurred outside a health facility",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu ya nyakwigendera",
                    "fr": "CNI du défunt",
                    "en": "Identity card of the deceased",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu z'uwumenyesha urupfu n'iz'ivyabona bibiri",
                    "fr": "CNI du déclarant et des deux témoins",
                    "en": "Identity cards of the declarant and two witnesses",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kumenyesha urupfu n'icemezo ca mbere",
                    "fr": "Déclaration de décès et premier extrait",
                    "en": "Death declaration and first copy",
                },
                "amount_bif": 0,
                "payment": {
                    "rn": "Ni ubuntu; nta mafaranga urihwa.",
                    "fr": "Gratuit ; aucun paiement n'est demandé.",
                    "en": "Free; nothing to pay.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Nta cemezo c'umuganga canke c'umukuru w'umutumba cerekana urupfu.",
                "fr": "Aucune preuve du décès (certificat médical ou attestation du chef de colline).",
                "en": "No proof of death (medical certificate or colline chief's attestation).",
            },
            {
                "rn": "Imisi 8 yagenywe yarenze kandi nta rubanza rwemeza urupfu.",
                "fr": "Délai de 8 jours dépassé sans jugement déclaratif.",
                "en": "8-day deadline passed without a declaratory judgment.",
            },
            {
                "rn": "Urupfu rwabereye mu yindi komine; rukwiye kwandikwa ngaho.",
                "fr": "Le décès a eu lieu dans une autre commune, où il doit être déclaré.",
                "en": "The death occurred in another commune, where it must be declared.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Décret-loi n°1/024 du 28 avril 1993 portant Code des personnes et de la famille",
                "title": {
                    "rn": "Igitabo c'amategeko agenga abantu n'umuryango",
                    "fr": "Code des personnes et de la famille",
                    "en": "Persons and Family Code",
                },
                "article": "Art. 71",
                "date": "1993-04-28",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "residence-certificate",
        "institution": "interior",
        "themes": ["identity-civil-status", "land-housing"],
        "offices": ["civil-status-mukaza", "civil-status-gitega", "civil-status-ngozi"],
        "title": {
            "rn": "Gusaba icemezo c'aho uba",
            "fr": "Attestation de résidence",
            "en": "Residence certificate",
        },
        "summary": {
            "rn": "Icemezo c'aho uba cemeza ko uba kuri uwo mutumba canke muri iyo karitiye. Gitangwa na komine ku buntu, inyuma y'uko umukuru w'umutumba abyemeje.",
            "fr": "L'attestation de résidence confirme que vous habitez sur une colline ou dans un quartier donné. La commune la délivre gratuitement après confirmation du chef de colline.",
            "en": "The residence certificate confirms that you live on a given colline or in a given neighbourhood. The commune issues it free of charge once the colline chief confirms.",
        },
        "eligibility": {
            "rn": "Umuntu wese aba muri iyo komine, Umurundi canke umunyamahanga afise uruhusha rwo kuba mu Burundi.",
            "fr": "Toute personne vivant dans la commune, burundaise ou étrangère en séjour régulier.",
            "en": "Anyone living in the commune, Burundian or a foreigner with legal residence.",
        },
        "validity": {
            "rn": "Icemezo kimara amezi 3.",
            "fr": "Valable 3 mois.",
            "en": "Valid 3 months.",
        },
        "renewal": {
            "rn": "Iyo amezi 3 arangiye, saba icemezo gishasha ukurikije intambwe nk'izi nyene.",
            "fr": "Après 3 mois, demandez une nouvelle attestation selon la même procédure.",
            "en": "After 3 months, ask for a new certificate following the same steps.",
        },
        "if_lost": {
            "rn": "Saba ikindi cemezo kuri komine; ni ubuntu.",
            "fr": "Demandez une nouvelle attestation à la commune ; elle est gratuite.",
            "en": "Ask the commune for a new certificate; it is free.",
        },
        "recourse": {
            "rn": "Iyo umukuru w'umutumba canke komine banse, takambira umuyobozi wa komine, hanyuma guverineri w'intara.",
            "fr": "En cas de refus, adressez-vous à l'administrateur communal, puis au gouverneur de province.",
            "en": "If refused, appeal to the communal administrator, then to the provincial governor.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Emezwa n'umukuru w'umutumba",
                    "fr": "Confirmation par le chef de colline",
                    "en": "Confirmation by the colline chief",
                },
                "description": {
                    "rn": "Umukuru w'umutumba canke w'ikaritiye akwandikira akabaruwa yemeza ko uba aho, amaze kubaza umukuru w'ingo cumi.",
                    "fr": "Le chef de colline ou de quartier rédige une note confirmant votre résidence, après avis du chef de dix ménages.",
                    "en": "The colline or neighbourhood chief writes a note confirming where you live, after checking with the ten-household leader.",
                },
                "location": {
                    "rn": "Ku biro vy'umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Bureau du chef de colline ou de quartier",
                    "en": "Colline or neighbourhood chief's office",
                },
                "handled_by": {
                    "rn": "Umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Chef de colline ou de quartier",
                    "en": "Colline or neighbourhood chief",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Shikiriza komine akabaruwa",
                    "fr": "Déposer la note à la commune",
                    "en": "Take the note to the commune",
                },
                "description": {
                    "rn": "Zana ako kabaruwa n'ikarata karangamuntu ku biro vya komine; bagutegurira icemezo.",
                    "fr": "Présentez la note et votre CNI à la commune, qui prépare l'attestation.",
                    "en": "Bring the note and your identity card to the commune, which prepares the certificate.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine",
                    "fr": "Service de l'état civil de la commune",
                    "en": "Commune civil status office",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Fata icemezo gishizweko umukono",
                    "fr": "Retirer l'attestation signée",
                    "en": "Collect the signed certificate",
                },
                "description": {
                    "rn": "Icemezo gishirwako umukono n'umuyobozi wa komine canke uwo yarungitse, kigahabwa nyenekwo.",
                    "fr": "L'attestation est signée par l'administrateur communal ou son délégué et remise au demandeur.",
                    "en": "The certificate is signed by the communal administrator or a delegate and handed to the applicant.",
                },
                "location": {
                    "rn": "Ibiro vya komine",
                    "fr": "Bureau communal",
                    "en": "Commune office",
                },
                "handled_by": {
                    "rn": "Umuyobozi wa komine",
                    "fr": "Administrateur communal",
                    "en": "Communal administrator",
                },
                "expected_days": 1,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ikarata karangamuntu canke pasiporo",
                    "fr": "CNI ou passeport",
                    "en": "Identity card or passport",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Akabaruwa k'umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Note du chef de colline ou de quartier",
                    "en": "Note from the colline or neighbourhood chief",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Amasezerano y'ubukode canke ibaruwa ya nyen'inzu",
                    "fr": "Contrat de bail ou lettre du propriétaire",
                    "en": "Lease or letter from the landlord",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": {
                    "rn": "Iyo ukodesha inzu",
                    "fr": "Si vous êtes locataire",
                    "en": "If you rent your home",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Icemezo c'aho uba",
                    "fr": "Attestation de résidence",
                    "en": "Residence certificate",
                },
                "amount_bif": 0,
                "payment": {
                    "rn": "Ni ubuntu; nta mafaranga usabwa.",
                    "fr": "Gratuit ; aucun paiement n'est demandé.",
                    "en": "Free; nothing to pay.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Umukuru w'umutumba ntiyemeje ko uba aho.",
                "fr": "Le chef de colline ne confirme pas la résidence.",
                "en": "The colline chief does not confirm the residence.",
            },
            {
                "rn": "Nta karata karangamuntu canke pasiporo yerekanywe.",
                "fr": "Aucune pièce d'identité présentée.",
                "en": "No identity document shown.",
            },
            {
                "rn": "Umunyamahanga atagira uruhusha rwo kuba mu Burundi.",
                "fr": "Étranger sans titre de séjour valable.",
                "en": "Foreigner without a valid residence permit.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/33 du 28 novembre 2014",
                "title": {
                    "rn": "Itegeko rigenga intwaro ya komine",
                    "fr": "Loi portant organisation de l'administration communale",
                    "en": "Law on the organisation of communal administration",
                },
                "article": "Art. 27",
                "date": "2014-11-28",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "foreigner-residence-card",
        "institution": "cgm",
        "themes": ["travel", "work-civil-service"],
        "offices": ["cgm-bujumbura", "cgm-gitega"],
        "title": {
            "rn": "Ikarata y'uburenganzira bwo kuba mu Burundi ku banyamahanga",
            "fr": "Carte de résident pour étrangers",
            "en": "Residence card for foreigners",
        },
        "summary": {
            "rn": "Umunyamahanga ashaka kuguma mu Burundi haciye imisi 90 (akazi, amashure, umuryango, urudandaza) asaba ikarata y'uburenganzira bwo kuba mu gihugu kuri CGM.",
            "fr": "Un étranger qui reste au Burundi plus de 90 jours (travail, études, famille, affaires) demande une carte de résident au CGM.",
            "en": "A foreigner staying in Burundi for more than 90 days (work, study, family, business) applies to the CGM for a residence card.",
        },
        "eligibility": {
            "rn": "Umunyamahanga yinjiye mu Burundi mu buryo bwemewe, afise pasiporo ikiri nzima n'imvo yumvikana yo kuguma mu gihugu.",
            "fr": "Tout étranger entré régulièrement au Burundi, muni d'un passeport valide et d'un motif de séjour justifié.",
            "en": "Any foreigner who entered Burundi legally, with a valid passport and a documented reason to stay.",
        },
        "validity": {
            "rn": "Ikarata imara umwaka 1 canke imyaka 2, bivanye n'ivyo wasavye.",
            "fr": "Valable 1 ou 2 ans selon la durée demandée.",
            "en": "Valid 1 or 2 years, depending on the period applied for.",
        },
        "renewal": {
            "rn": "Saba kuyisubiramwo nibura ukwezi 1 imbere y'uko irangira, werekana ko imvo yo kuguma mu gihugu ikiriho.",
            "fr": "Demandez le renouvellement au moins 1 mois avant l'expiration, en prouvant que le motif de séjour demeure.",
            "en": "Apply to renew at least 1 month before expiry, proving that your reason to stay still applies.",
        },
        "if_lost": {
            "rn": "Bimenyeshe igipolisi mu maguru mashasha, hanyuma usabe kuri CGM ikarata isubirira iyazimiye.",
            "fr": "Déclarez la perte sans délai à la police, puis demandez un duplicata au CGM.",
            "en": "Report the loss to the police at once, then ask the CGM for a duplicate.",
        },
        "recourse": {
            "rn": "Andikira Komiseri mukuru wa CGM mu kwezi 1; iyo bitakunze, ushobora kuregera sentare ibiraba ivy'ubutegetsi.",
            "fr": "Recours écrit au Commissaire général du CGM dans un délai d'un mois, puis devant la juridiction administrative.",
            "en": "Written appeal to the CGM Commissioner General within one month, then before the administrative court.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Tegura kandi utange dosiye",
                    "fr": "Constituer et déposer le dossier",
                    "en": "Prepare and submit the file",
                },
                "description": {
                    "rn": "Uzuza urupapuro CGM-RES-01, urushikirize hamwe n'impapuro zisabwa imbere y'uko viza yawe irangira.",
                    "fr": "Remplissez le formulaire CGM-RES-01 et déposez-le avec les pièces avant l'expiration de votre visa.",
                    "en": "Fill in form CGM-RES-01 and submit it with the documents before your visa expires.",
                },
                "location": {
                    "rn": "Ibiro vya CGM i Bujumbura canke i Gitega",
                    "fr": "Bureau du CGM à Bujumbura ou à Gitega",
                    "en": "CGM office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Ibiro vya CGM bishinzwe abanyamahanga",
                    "fr": "Service des étrangers du CGM",
                    "en": "CGM foreigners' service",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Riha amafaranga",
                    "fr": "Payer les frais",
                    "en": "Pay the fee",
                },
                "description": {
                    "rn": "Riha amafaranga ajanye n'igihe wasavye muri banki yemewe kuri konti ya CGM.",
                    "fr": "Payez les frais correspondant à la durée demandée dans une banque agréée, sur le compte du CGM.",
                    "en": "Pay the fee for the period requested at an approved bank into the CGM account.",
                },
                "location": {
                    "rn": "Banki yemewe na Leta",
                    "fr": "Banque agréée",
                    "en": "Approved bank",
                },
                "handled_by": {
                    "rn": "Umukozi wa banki",
                    "fr": "Guichetier de la banque",
                    "en": "Bank teller",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Isuzumwa rya dosiye n'ibimenyetso vy'intoke",
                    "fr": "Examen du dossier et capture biométrique",
                    "en": "File review and biometrics",
                },
                "description": {
                    "rn": "CGM irasuzuma dosiye, igafata ifoto yawe n'ibimenyetso vy'intoke, ishobora no kukubaza ibibazo.",
                    "fr": "Le CGM vérifie le dossier, relève votre photo et vos empreintes et peut vous convoquer à un entretien.",
                    "en": "The CGM checks the file, takes your photo and fingerprints and may call you for an interview.",
                },
                "location": {
                    "rn": "Ibiro vya CGM",
                    "fr": "Bureau du CGM",
                    "en": "CGM office",
                },
                "handled_by": {
                    "rn": "Umukozi wa CGM ashinzwe abanyamahanga",
                    "fr": "Agent du service des étrangers",
                    "en": "Foreigners' service officer",
                },
                "expected_days": 7,
            },
            {
                "title": {
                    "rn": "Ja gufata ikarata",
                    "fr": "Retirer la carte",
                    "en": "Collect the card",
                },
                "description": {
                    "rn": "Ikarata ihabwa nyenayo gusa, yerekanye pasiporo yiwe.",
                    "fr": "La carte est remise au titulaire en personne, sur présentation de son passeport.",
                    "en": "The card is handed to the holder in person on showing their passport.",
                },
                "location": {
                    "rn": "Ibiro vya CGM wasabiyeko",
                    "fr": "Bureau du CGM où la demande a été déposée",
                    "en": "CGM office where you applied",
                },
                "handled_by": {
                    "rn": "Umukozi wa CGM ashinzwe abanyamahanga",
                    "fr": "Agent du service des étrangers",
                    "en": "Foreigners' service officer",
                },
                "expected_days": 14,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba ikarata y'uburenganzira bwo kuba mu gihugu rwujujwe",
                    "fr": "Formulaire de demande de carte de résident rempli",
                    "en": "Completed residence card application form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "CGM-RES-01",
            },
            {
                "name": {
                    "rn": "Pasiporo izoheza amezi 6 nibura, irimwo viza yo kwinjira",
                    "fr": "Passeport valable au moins 6 mois, avec visa d'entrée",
                    "en": "Passport valid at least 6 more months, with entry visa",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Amafoto abiri y'ibara angana n'aya pasiporo",
                    "fr": "Deux photos d'identité en couleur",
                    "en": "Two colour passport photos",
                },
                "originals": 2, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urupapuro rwerekana imvo yo kuguma (amasezerano y'akazi n'uruhusha rw'akazi, icemezo c'ishure, icemezo c'ubugeni)",
                    "fr": "Justificatif du motif de séjour (contrat et permis de travail, inscription scolaire, acte de mariage)",
                    "en": "Proof of reason to stay (work contract and work permit, school enrolment, marriage certificate)",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'uko atigeze ahanwa n'amategeko gitangwa n'igihugu avamwo",
                    "fr": "Extrait de casier judiciaire du pays d'origine",
                    "en": "Criminal record extract from the country of origin",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Ku gusaba ubwa mbere",
                    "fr": "Pour une première demande",
                    "en": "For a first application",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha",
                    "fr": "Bordereau de paiement",
                    "en": "Payment slip",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Ikarata y'umwaka 1",
                    "fr": "Carte de résident d'un an",
                    "en": "One-year residence card",
                },
                "amount_bif": 450000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya CGM, uzane icemezo c'iriha mu dosiye.",
                    "fr": "En banque agréée sur le compte du CGM ; joignez le bordereau au dossier.",
                    "en": "At an approved bank into the CGM account; add the slip to your file.",
                },
            },
            {
                "label": {
                    "rn": "Ikarata y'imyaka 2",
                    "fr": "Carte de résident de deux ans",
                    "en": "Two-year residence card",
                },
                "amount_bif": 850000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya CGM, uzane icemezo c'iriha mu dosiye.",
                    "fr": "En banque agréée sur le compte du CGM ; joignez le bordereau au dossier.",
                    "en": "At an approved bank into the CGM account; add the slip to your file.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Pasiporo canke viza vyarangiye imbere y'uko usaba.",
                "fr": "Passeport ou visa expiré au moment de la demande.",
                "en": "Passport or visa expired when applying.",
            },
            {
                "rn": "Imvo yo kuguma mu gihugu ntiyerekanywe n'impapuro zikwiye.",
                "fr": "Motif de séjour non justifié.",
                "en": "Reason to stay not supported by documents.",
            },
            {
                "rn": "Uwusaba yigeze guhanwa n'amategeko ku caha gikomeye.",
                "fr": "Condamnation pénale grave du demandeur.",
                "en": "The applicant has a serious criminal conviction.",
            },
            {
                "rn": "Hari imvo z'umutekano w'igihugu.",
                "fr": "Motifs de sécurité nationale.",
                "en": "National security grounds.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/25 du 5 novembre 2021",
                "title": {
                    "rn": "Itegeko rigenga ivyerekeye abinjira n'abasohoka mu Burundi",
                    "fr": "Loi portant réglementation des migrations au Burundi",
                    "en": "Law regulating migration in Burundi",
                },
                "article": "Art. 42",
                "date": "2021-11-05",
                "url": "",
            },
            {
                "kind": "decree",
                "reference": "Décret n°100/128 du 14 juillet 2022",
                "title": {
                    "rn": "Itegeko rya Perezida ritunganya uburyo abanyamahanga binjira kandi bakaba mu Burundi",
                    "fr": "Décret fixant les conditions d'entrée et de séjour des étrangers au Burundi",
                    "en": "Decree on the conditions of entry and stay of foreigners in Burundi",
                },
                "article": "Art. 18",
                "date": "2022-07-14",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "slug": "visa-extension",
        "institution": "cgm",
        "themes": ["travel"],
        "offices": ["cgm-bujumbura", "cgm-gitega"],
        "title": {
            "rn": "Kwongereza igihe ca viza",
            "fr": "Prolongation de visa",
            "en": "Visa extension",
        },
        "summary": {
            "rn": "Umunyamahanga ashaka kuguma mu Burundi inyuma y'uko viza yiwe irangira asaba CGM kwongereza igihe imbere y'uko irangira.",
            "fr": "Un étranger qui souhaite rester au Burundi au-delà de son visa demande une prolongation au CGM avant son expiration.",
            "en": "A foreigner who wants to stay in Burundi beyond their visa asks the CGM for an extension before it expires.",
        },
        "eligibility": {
            "rn": "Umunyamahanga afise viza ikiri nzima n'imvo yumvikana, nk'ingendo, ubuvuzi canke ibikorwa vy'akazi bitarangiye.",
            "fr": "Un étranger titulaire d'un visa encore valide et ayant un motif sérieux (tourisme, soins, mission non achevée).",
            "en": "A foreigner holding a still-valid visa with a genuine reason (tourism, medical care, unfinished assignment).",
        },
        "validity": {
            "rn": "Igihe congerejwe kimara ukwezi 1 canke amezi 3, nk'uko kanditswe muri pasiporo.",
            "fr": "La prolongation vaut 1 ou 3 mois, selon la mention portée dans le passeport.",
            "en": "The extension lasts 1 or 3 months, as stamped in the passport.",
        },
        "renewal": {
            "rn": "Birashoboka kwongereza rimwe gusa; nimba ushaka kuguma igihe kirekire, saba ikarata y'uburenganzira bwo kuba mu gihugu.",
            "fr": "Une seule prolongation est accordée ; pour un séjour plus long, demandez une carte de résident.",
            "en": "Only one extension is granted; for a longer stay, apply for a residence card.",
        },
        "if_lost": {
            "rn": "Iyo pasiporo yazimiye, bimenyeshe igipolisi n'ambasade y'igihugu cawe, hanyuma usabe CGM gushira viza muri pasiporo nshasha.",
            "fr": "Si le passeport est perdu, déclarez-le à la police et à votre ambassade, puis demandez au CGM de reporter le visa sur le nouveau passeport.",
            "en": "If the passport is lost, report it to the police and your embassy, then ask the CGM to transfer the visa to the new passport.",
        },
        "recourse": {
            "rn": "Andikira Komiseri mukuru wa CGM ibaruwa yo gutakamba imbere y'uko viza yawe irangira.",
            "fr": "Adressez un recours écrit au Commissaire général du CGM avant l'expiration de votre visa.",
            "en": "Send a written appeal to the CGM Commissioner General before your visa expires.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Andika ibaruwa yo gusaba",
                    "fr": "Rédiger la lettre de demande",
                    "en": "Write the request letter",
                },
                "description": {
                    "rn": "Andikira Komiseri mukuru wa CGM ibaruwa isobanura imvo n'igihe ukeneye, uyishikirize nibura imisi 7 imbere y'uko viza irangira.",
                    "fr": "Écrivez au Commissaire général du CGM en précisant le motif et la durée, au moins 7 jours avant l'expiration du visa.",
                    "en": "Write to the CGM Commissioner General stating the reason and duration, at least 7 days before the visa expires.",
                },
                "location": {
                    "rn": "Ibiro vya CGM i Bujumbura canke i Gitega",
                    "fr": "Bureau du CGM à Bujumbura ou à Gitega",
                    "en": "CGM office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Ibiro vya CGM bishinzwe viza",
                    "fr": "Service des visas du CGM",
                    "en": "CGM visa service",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Riha amafaranga",
                    "fr": "Payer les frais",
                    "en": "Pay the fee",
                },
                "description": {
                    "rn": "Riha amafaranga ajanye n'igihe usaba muri banki yemewe kuri konti ya CGM.",
                    "fr": "Payez les frais correspondant à la durée demandée en banque, sur le compte du CGM.",
                    "en": "Pay the fee for the requested period at a bank, into the CGM account.",
                },
                "location": {
                    "rn": "Banki yemewe na Leta",
                    "fr": "Banque agréée",
                    "en": "Approved bank",
                },
                "handled_by": {
                    "rn": "Umukozi wa banki",
                    "fr": "Guichetier de la banque",
                    "en": "Bank teller",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata pasiporo irimwo igihe congerejwe",
                    "fr": "Retirer le passeport prolongé",
                    "en": "Collect the passport with the extension",
                },
                "description": {
                    "rn": "CGM ishira ikimenyetso c'igihe congerejwe muri pasiporo, ikayigusubiza.",
                    "fr": "Le CGM appose la mention de prolongation dans le passeport et vous le rend.",
                    "en": "The CGM stamps the extension in the passport and returns it to you.",
                },
                "location": {
                    "rn": "Ibiro vya CGM wasabiyeko",
                    "fr": "Bureau du CGM où la demande a été déposée",
                    "en": "CGM office where you applied",
                },
                "handled_by": {
                    "rn": "Ibiro vya CGM bishinzwe viza",
                    "fr": "Service des visas du CGM",
                    "en": "CGM visa service",
                },
                "expected_days": 3,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Pasiporo irimwo viza ikiri nzima",
                    "fr": "Passeport avec visa en cours de validité",
                    "en": "Passport with a valid visa",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ibaruwa yo gusaba yandikiwe Komiseri mukuru wa CGM",
                    "fr": "Lettre de demande adressée au Commissaire général du CGM",
                    "en": "Request letter to the CGM Commissioner General",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ifoto y'ibara ingana n'iya pasiporo",
                    "fr": "Photo d'identité en couleur",
                    "en": "Colour passport photo",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'aho uba (hoteli canke ibaruwa y'uwakwakiriye)",
                    "fr": "Justificatif d'hébergement (hôtel ou lettre de l'hôte)",
                    "en": "Proof of accommodation (hotel or host's letter)",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'umuganga",
                    "fr": "Certificat médical",
                    "en": "Medical certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo usaba kwongerezwa igihe kubera ubuvuzi",
                    "fr": "Si la prolongation est demandée pour raison de santé",
                    "en": "If the extension is for medical reasons",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha",
                    "fr": "Bordereau de paiement",
                    "en": "Payment slip",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kwongereza ukwezi 1",
                    "fr": "Prolongation d'un mois",
                    "en": "One-month extension",
                },
                "amount_bif": 120000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya CGM, uzane icemezo c'iriha.",
                    "fr": "En banque agréée sur le compte du CGM ; apportez le bordereau.",
                    "en": "At an approved bank into the CGM account; bring the slip.",
                },
            },
            {
                "label": {
                    "rn": "Kwongereza amezi 3",
                    "fr": "Prolongation de trois mois",
                    "en": "Three-month extension",
                },
                "amount_bif": 300000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya CGM, uzane icemezo c'iriha.",
                    "fr": "En banque agréée sur le compte du CGM ; apportez le bordereau.",
                    "en": "At an approved bank into the CGM account; bring the slip.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Viza yari yamaze kurangira igihe wasaba; ivyo bishobora no gutuma uhanishwa ihazabu.",
                "fr": "Visa déjà expiré au moment de la demande ; une amende peut s'appliquer.",
                "en": "Visa already expired when you applied; a fine may apply.",
            },
            {
                "rn": "Imvo yo kuguma mu gihugu ntiyumvikana canke ntiyerekanwa.",
                "fr": "Motif de prolongation insuffisant ou non justifié.",
                "en": "Reason for extension weak or not supported.",
            },
            {
                "rn": "Pasiporo isigaje amezi ari munsi ya 6.",
                "fr": "Passeport valable moins de 6 mois.",
                "en": "Passport valid for less than 6 months.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/25 du 5 novembre 2021",
                "title": {
                    "rn": "Itegeko rigenga ivyerekeye abinjira n'abasohoka mu Burundi",
                    "fr": "Loi portant réglementation des migrations au Burundi",
                    "en": "Law regulating migration in Burundi",
                },
                "article": "Art. 31",
                "date": "2021-11-05",
                "url": "",
            },
            {
                "kind": "decree",
                "reference": "Décret n°100/128 du 14 juillet 2022",
                "title": {
                    "rn": "Itegeko rya Perezida ritunganya uburyo abanyamahanga binjira kandi bakaba mu Burundi",
                    "fr": "Décret fixant les conditions d'entrée et de séjour des étrangers au Burundi",
                    "en": "Decree on the conditions of entry and stay of foreigners in Burundi",
                },
                "article": "Art. 11",
                "date": "2022-07-14",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "slug": "land-certificate",
        "institution": "commune-gitega",
        "themes": ["land-housing"],
        "offices": ["land-service-gitega", "land-service-ngozi"],
        "title": {
            "rn": "Gusaba icemezo c'itongo",
            "fr": "Demande de certificat foncier",
            "en": "Applying for a land certificate",
        },
        "summary": {
            "rn": "Icemezo c'itongo gitangwa n'ibiro vya komine bishinzwe amatongo, kigaha agaciro uburenganzira bwawe ku itongo ritanditse mu biro bikuru vy'amatongo. Gishingiye ku Gitabo c'amategeko agenga amatongo co mu 2011.",
            "fr": "Le certificat foncier, délivré par le service foncier communal, reconnaît vos droits sur une terre non immatriculée. Il est prévu par le Code foncier de 2011.",
            "en": "The land certificate, issued by the communal land service, recognises your rights over unregistered land. It is provided for by the 2011 Land Code.",
        },
        "eligibility": {
            "rn": "Umuntu akoresha itongo mu buryo bwemewe (ibisigi, kugura, ingabire) muri iyo komine, itongo ritarandikwa ku mazina ya Leta canke y'uwundi.",
            "fr": "Toute personne occupant légitimement une terre dans la commune (héritage, achat, don), non immatriculée ni domaniale.",
            "en": "Anyone lawfully holding land in the commune (inheritance, purchase, gift) that is neither titled nor State land.",
        },
        "validity": {
            "rn": "Icemezo ntigita agaciro; ariko iyo itongo rigurishijwe canke rihawe uwundi, kirahindurwa.",
            "fr": "Sans limite de durée ; il doit être mis à jour en cas de vente ou de transmission.",
            "en": "No expiry; it must be updated when the land is sold or passed on.",
        },
        "renewal": {
            "rn": "Ntigisubirwamwo; iyo nyen'itongo ahindutse, saba ibiro vy'amatongo guhindura izina mu gitabo.",
            "fr": "Non renouvelable ; en cas de changement de propriétaire, demandez la mutation au service foncier.",
            "en": "Not renewable; when the owner changes, ask the land service to record the transfer.",
        },
        "if_lost": {
            "rn": "Bimenyeshe ibiro vya komine bishinzwe amatongo; bazogutegurira ikindi cemezo bavuye ku vyanditswe mu gitabo c'amatongo ca komine.",
            "fr": "Informez le service foncier communal, qui délivre un duplicata à partir du registre foncier communal.",
            "en": "Tell the communal land service, which issues a duplicate from the communal land register.",
        },
        "recourse": {
            "rn": "Iyo habaye amatati canke wanswe, mubanze mwumvikane imbere y'Abashingantahe, hanyuma ushobora kuregera Sentare y'Intango.",
            "fr": "En cas de litige ou de refus, tentez d'abord la conciliation devant les Bashingantahe, puis saisissez le tribunal de résidence.",
            "en": "In a dispute or refusal, first try conciliation before the Bashingantahe, then go to the local (residence) court.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Tanga dosiye ku biro vy'amatongo",
                    "fr": "Déposer la demande au service foncier",
                    "en": "File the application at the land service",
                },
                "description": {
                    "rn": "Zana impapuro zerekana ukuntu waronse itongo, uriha amafaranga yo gusaba, uhabwe nimero ya dosiye.",
                    "fr": "Déposez les preuves d'acquisition, payez les frais de demande et recevez un numéro de dossier.",
                    "en": "Hand in proof of how you acquired the land, pay the application fee and receive a file number.",
                },
                "location": {
                    "rn": "Ibiro vya komine bishinzwe amatongo",
                    "fr": "Service foncier communal",
                    "en": "Communal land service",
                },
                "handled_by": {
                    "rn": "Umukozi w'ibiro vy'amatongo",
                    "fr": "Agent du service foncier",
                    "en": "Land service officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Itangazo rimara imisi 15",
                    "fr": "Publicité de 15 jours",
                    "en": "15-day public notice",
                },
                "description": {
                    "rn": "Isabwa ryawe rishirwa ahabona kuri komine no ku mutumba imisi 15, kugira ngo uwobihakana abimenyeshe.",
                    "fr": "La demande est affichée 15 jours à la commune et sur la colline pour recueillir d'éventuelles oppositions.",
                    "en": "The application is posted for 15 days at the commune and on the colline so anyone can object.",
                },
                "location": {
                    "rn": "Kuri komine no ku mutumba itongo ririko",
                    "fr": "Commune et colline où se trouve la terre",
                    "en": "Commune and colline where the land lies",
                },
                "handled_by": {
                    "rn": "Ibiro vya komine bishinzwe amatongo",
                    "fr": "Service foncier communal",
                    "en": "Communal land service",
                },
                "expected_days": 15,
            },
            {
                "title": {
                    "rn": "Isuzuma ry'itongo ku mutumba",
                    "fr": "Reconnaissance collinaire",
                    "en": "On-site verification on the colline",
                },
                "description": {
                    "rn": "Komisiyo y'umutumba iza ku itongo iri kumwe n'abarituranye, ikemeza imbibe zaryo n'uwurifitiye uburenganzira, ikarishushanya.",
                    "fr": "La commission de reconnaissance collinaire se rend sur la parcelle avec les voisins, constate les limites et les droits, et dresse un plan.",
                    "en": "The colline verification commission visits the plot with the neighbours, confirms its boundaries and rights, and draws a plan.",
                },
                "location": {
                    "rn": "Ku itongo nyene",
                    "fr": "Sur la parcelle",
                    "en": "On the plot itself",
                },
                "handled_by": {
                    "rn": "Komisiyo y'umutumba ishinzwe kwemeza amatongo",
                    "fr": "Commission de reconnaissance collinaire",
                    "en": "Colline verification commission",
                },
                "expected_days": 7,
            },
            {
                "title": {
                    "rn": "Fata icemezo c'itongo",
                    "fr": "Recevoir le certificat foncier",
                    "en": "Receive the land certificate",
                },
                "description": {
                    "rn": "Umuyobozi wa komine ashira umukono ku cemezo, kigashirwa mu gitabo c'amatongo ca komine, ugahabwa icawe.",
                    "fr": "L'administrateur communal signe le certificat, qui est inscrit au registre foncier communal et vous est remis.",
                    "en": "The communal administrator signs the certificate, which is entered in the communal land register and handed to you.",
                },
                "location": {
                    "rn": "Ibiro vya komine bishinzwe amatongo",
                    "fr": "Service foncier communal",
                    "en": "Communal land service",
                },
                "handled_by": {
                    "rn": "Umuyobozi wa komine",
                    "fr": "Administrateur communal",
                    "en": "Communal administrator",
                },
                "expected_days": 30,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ikarata karangamuntu y'uwusaba",
                    "fr": "CNI du demandeur",
                    "en": "Applicant's identity card",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urupapuro rwerekana ukuntu waronse itongo (amasezerano yo kugura, urubanza rw'ibisigi, icemezo c'ingabire)",
                    "fr": "Preuve d'acquisition (acte de vente, jugement de succession, acte de donation)",
                    "en": "Proof of acquisition (deed of sale, inheritance judgment, deed of gift)",
                },
                "originals": 1, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urutonde rw'abaturanyi b'itongo",
                    "fr": "Liste des voisins de la parcelle",
                    "en": "List of the plot's neighbours",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Uruhusha rwanditse rw'uwo mwubakanye",
                    "fr": "Consentement écrit du conjoint",
                    "en": "Written consent of the spouse",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo uwusaba yubatse",
                    "fr": "Si le demandeur est marié",
                    "en": "If the applicant is married",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha",
                    "fr": "Quittance de paiement",
                    "en": "Payment receipt",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Gusaba no gusuzuma itongo ku mutumba",
                    "fr": "Demande et reconnaissance collinaire",
                    "en": "Application and on-site verification",
                },
                "amount_bif": 30000,
                "payment": {
                    "rn": "Riha ku mubitsi wa komine igihe utanga dosiye, uhabwe icemezo c'iriha.",
                    "fr": "À la caisse communale lors du dépôt, contre quittance.",
                    "en": "At the commune cash desk when filing, against a receipt.",
                },
            },
            {
                "label": {
                    "rn": "Gutanga icemezo c'itongo",
                    "fr": "Délivrance du certificat foncier",
                    "en": "Issuing the land certificate",
                },
                "amount_bif": 20000,
                "payment": {
                    "rn": "Riha ku mubitsi wa komine imbere yo gufata icemezo.",
                    "fr": "À la caisse communale avant le retrait du certificat.",
                    "en": "At the commune cash desk before collecting the certificate.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Hari uwahakanye kandi amatati ntaratorerwa umuti.",
                "fr": "Une opposition a été formée et le litige n'est pas réglé.",
                "en": "An objection was raised and the dispute is unresolved.",
            },
            {
                "rn": "Itongo ni irya Leta (nk'ibishanga bikingiwe canke inkengera z'inzuzi).",
                "fr": "La terre relève du domaine de l'État (marais protégés, rives).",
                "en": "The land belongs to the State (protected marshes, riverbanks).",
            },
            {
                "rn": "Itongo ryari risanzwe ryanditswe mu biro bikuru vy'amatongo.",
                "fr": "La terre est déjà immatriculée aux Titres fonciers.",
                "en": "The land is already registered with the land titles office.",
            },
            {
                "rn": "Nta kimenyetso gihagije c'ukuntu waronse itongo.",
                "fr": "Preuves d'acquisition insuffisantes.",
                "en": "Insufficient proof of acquisition.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/13 du 9 août 2011 portant révision du Code foncier du Burundi",
                "title": {
                    "rn": "Igitabo c'amategeko agenga amatongo mu Burundi",
                    "fr": "Code foncier du Burundi",
                    "en": "Land Code of Burundi",
                },
                "article": "Art. 379",
                "date": "2011-08-09",
                "url": "",
            },
            {
                "kind": "decree",
                "reference": "Décret n°100/72 du 26 avril 2010",
                "title": {
                    "rn": "Itegeko rya Perezida ritunganya ibiro vya komine bishinzwe amatongo",
                    "fr": "Décret portant organisation des services fonciers communaux",
                    "en": "Decree organising the communal land services",
                },
                "article": "Art. 5",
                "date": "2010-04-26",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "slug": "certificate-of-good-conduct",
        "institution": "interior",
        "themes": ["justice", "work-civil-service"],
        "offices": [
            "civil-status-mukaza", "civil-status-gitega", "civil-status-ngozi",
            "one-stop-bujumbura",
        ],
        "title": {
            "rn": "Icemezo c'inyifato nziza",
            "fr": "Certificat de bonne conduite, vie et mœurs",
            "en": "Certificate of good conduct",
        },
        "summary": {
            "rn": "Icemezo c'inyifato nziza gitangwa na komine uba, cemeza ko witwara neza mu kibano. Kenshi gisabwa mu gusaba akazi, mu kwiyandikisha mu mashure canke mu zindi dosiye z'ubutegetsi.",
            "fr": "Le certificat de bonne conduite, vie et mœurs est délivré par votre commune de résidence. Il est souvent exigé pour un emploi, une inscription ou un dossier administratif.",
            "en": "The certificate of good conduct is issued by your commune of residence. It is often required for a job, school enrolment or an administrative file.",
        },
        "eligibility": {
            "rn": "Umuntu wese ashikije imyaka 18 aba muri iyo komine nibura amezi 6.",
            "fr": "Toute personne majeure résidant dans la commune depuis au moins 6 mois.",
            "en": "Any adult who has lived in the commune for at least 6 months.",
        },
        "validity": {
            "rn": "Icemezo kimara amezi 3.",
            "fr": "Valable 3 mois.",
            "en": "Valid 3 months.",
        },
        "renewal": {
            "rn": "Iyo amezi 3 arangiye, saba icemezo gishasha ukurikije intambwe nk'izi nyene.",
            "fr": "Après 3 mois, demandez un nouveau certificat selon la même procédure.",
            "en": "After 3 months, request a new certificate following the same steps.",
        },
        "if_lost": {
            "rn": "Saba ikindi cemezo kuri komine, uriha kandi amafaranga yaco.",
            "fr": "Demandez un nouveau certificat à la commune en payant à nouveau les frais.",
            "en": "Request a new certificate from the commune and pay the fee again.",
        },
        "recourse": {
            "rn": "Iyo wanswe, andikira umuyobozi wa komine ibaruwa yo gutakamba; iyo bitakunze, takambira guverineri w'intara.",
            "fr": "En cas de refus, adressez un recours écrit à l'administrateur communal, puis au gouverneur de province.",
            "en": "If refused, send a written appeal to the communal administrator, then to the provincial governor.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Ronka akabaruwa k'umukuru w'umutumba",
                    "fr": "Obtenir l'avis du chef de colline",
                    "en": "Get the colline chief's note",
                },
                "description": {
                    "rn": "Umukuru w'umutumba canke w'ikaritiye yandika ko akuzi kandi ko nta kibi akuziko.",
                    "fr": "Le chef de colline ou de quartier atteste qu'il vous connaît et qu'aucun fait défavorable ne vous est reproché.",
                    "en": "The colline or neighbourhood chief confirms that they know you and have no complaint against you.",
                },
                "location": {
                    "rn": "Ku biro vy'umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Bureau du chef de colline ou de quartier",
                    "en": "Colline or neighbourhood chief's office",
                },
                "handled_by": {
                    "rn": "Umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Chef de colline ou de quartier",
                    "en": "Colline or neighbourhood chief",
                },
                "expected_days": 1,
            },
            {
                "title": {
                    "rn": "Riha kandi utange dosiye kuri komine",
                    "fr": "Payer et déposer le dossier à la commune",
                    "en": "Pay and file at the commune",
                },
                "description": {
                    "rn": "Riha amafaranga ku mubitsi wa komine, hanyuma ushikirize akabaruwa, ikarata karangamuntu n'icemezo c'iriha.",
                    "fr": "Payez à la caisse communale, puis déposez la note du chef de colline, votre CNI et la quittance.",
                    "en": "Pay at the commune cash desk, then hand in the chief's note, your identity card and the receipt.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine",
                    "fr": "Service de l'état civil de la commune",
                    "en": "Commune civil status office",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Fata icemezo gishizweko umukono",
                    "fr": "Retirer le certificat signé",
                    "en": "Collect the signed certificate",
                },
                "description": {
                    "rn": "Umuyobozi wa komine ashira umukono ku cemezo, ukagifata uwo musi canke bukeye.",
                    "fr": "L'administrateur communal signe le certificat, à retirer le jour même ou le lendemain.",
                    "en": "The communal administrator signs the certificate, ready the same day or the next.",
                },
                "location": {
                    "rn": "Ibiro vya komine",
                    "fr": "Bureau communal",
                    "en": "Commune office",
                },
                "handled_by": {
                    "rn": "Umuyobozi wa komine",
                    "fr": "Administrateur communal",
                    "en": "Communal administrator",
                },
                "expected_days": 1,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ikarata karangamuntu",
                    "fr": "Carte nationale d'identité",
                    "en": "National identity card",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Akabaruwa k'umukuru w'umutumba canke w'ikaritiye",
                    "fr": "Avis du chef de colline ou de quartier",
                    "en": "Note from the colline or neighbourhood chief",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ifoto y'ibara ingana n'iya pasiporo",
                    "fr": "Photo d'identité en couleur",
                    "en": "Colour passport photo",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha",
                    "fr": "Quittance de paiement",
                    "en": "Payment receipt",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Icemezo c'inyifato nziza",
                    "fr": "Certificat de bonne conduite, vie et mœurs",
                    "en": "Certificate of good conduct",
                },
                "amount_bif": 3000,
                "payment": {
                    "rn": "Riha amafaranga nyayo ku mubitsi wa komine, uhabwe icemezo c'iriha.",
                    "fr": "En espèces à la caisse communale, contre quittance.",
                    "en": "In cash at the commune cash desk, against a receipt.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Umukuru w'umutumba yerekanye ko hari ibibi uvugwako.",
                "fr": "Avis défavorable du chef de colline.",
                "en": "Unfavourable report from the colline chief.",
            },
            {
                "rn": "Uwusaba ataramara amezi 6 aba muri iyo komine.",
                "fr": "Résidence dans la commune de moins de 6 mois.",
                "en": "Less than 6 months' residence in the commune.",
            },
            {
                "rn": "Uwusaba arakurikiranywe n'ubucamanza canke yaraciriwe urubanza ruhana.",
                "fr": "Le demandeur est poursuivi en justice ou a fait l'objet d'une condamnation.",
                "en": "The applicant is facing prosecution or has a criminal conviction.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/33 du 28 novembre 2014",
                "title": {
                    "rn": "Itegeko rigenga intwaro ya komine",
                    "fr": "Loi portant organisation de l'administration communale",
                    "en": "Law on the organisation of communal administration",
                },
                "article": "Art. 27",
                "date": "2014-11-28",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/27 du 29 décembre 2017 portant révision du Code pénal",
                "title": {
                    "rn": "Igitabo c'amategeko mpanavyaha",
                    "fr": "Code pénal",
                    "en": "Criminal Code",
                },
                "article": "Art. 53",
                "date": "2017-12-29",
                "url": "",
            },
        ],
    },
]
