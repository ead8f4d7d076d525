# SAMPLE CONTENT for the Isôko demo. Kirundi text awaits review by a native speaker.
"""Demo procedures, part B: justice documents and taxation (OBR)."""

PROCEDURES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "criminal-record-extract",
        "institution": "criminal-records",
        "themes": ["justice", "work-civil-service"],
        "offices": ["criminal-records-bujumbura", "justice-gitega"],
        "title": {
            "rn": "Gusaba icemezo c'ibihano vyanditswe mu bucamanza (casier judiciaire)",
            "fr": "Demande d'extrait du casier judiciaire",
            "en": "Requesting a criminal record extract",
        },
        "summary": {
            "rn": "Icemezo c'ibihano vyanditswe kigaragaza ibihano wahawe n'amasentare kubera ivyaha, canke ko ata gihano na kimwe ufise. Kenshi gisabwa n'abakoresha, mu masoko ya Leta canke mu gusaba viza.",
            "fr": "L'extrait du casier judiciaire indique les condamnations pénales inscrites à votre nom ou qu'il n'y en a aucune. Il est souvent exigé par les employeurs, pour les marchés publics ou pour un visa.",
            "en": "The criminal record extract lists the criminal convictions recorded in your name, or states that there are none. Employers, public tenders and visa applications often require it.",
        },
        "eligibility": {
            "rn": "Umuntu wese ashikije imyaka 18 asaba icemezo ciwe bwite. Uwundi muntu ashobora kugisabira gusa afise uruhusha rwanditse rwa nyen'ukugisaba.",
            "fr": "Toute personne majeure, pour son propre extrait. Un tiers ne peut le demander qu'avec une procuration écrite de l'intéressé.",
            "en": "Any adult, for their own extract. Someone else may request it only with a written power of attorney from the person concerned.",
        },
        "validity": {
            "rn": "Icemezo kimara amezi 3 uhereye ku musi catangiweko.",
            "fr": "Valable 3 mois à compter de la date de délivrance.",
            "en": "Valid 3 months from the date of issue.",
        },
        "renewal": {
            "rn": "Nta kuvugurura kubaho; iyo amezi 3 arangiye, saba icemezo gishasha ukongera ukariha.",
            "fr": "Non renouvelable ; après 3 mois, demandez un nouvel extrait et payez à nouveau les frais.",
            "en": "Not renewable; after 3 months, request a new extract and pay the fee again.",
        },
        "if_lost": {
            "rn": "Nta kopi isubirwamwo itangwa; saba icemezo gishasha ku biro bishinzwe ibihano vyanditswe ukongera ukariha 10 000 BIF.",
            "fr": "Aucun duplicata n'est délivré ; demandez un nouvel extrait au service du casier judiciaire et payez à nouveau 10 000 BIF.",
            "en": "No duplicate is issued; request a new extract from the criminal records service and pay 10,000 BIF again.",
        },
        "recourse": {
            "rn": "Iyo wanswe canke ubona hariho igihano kitari co, andikira Umushinjacaha wa Republika mu mezi 2 usaba ko bikosorwa.",
            "fr": "En cas de refus ou de mention erronée, adressez une requête en rectification au Procureur de la République dans les 2 mois.",
            "en": "If refused or if a conviction is listed in error, send a correction request to the Public Prosecutor within 2 months.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Riha amafaranga y'icemezo",
                    "fr": "Payer les frais de l'extrait",
                    "en": "Pay the extract fee",
                },
                "description": {
                    "rn": "Riha 10 000 BIF kuri kopi imwe muri banki yemewe kuri konti y'Ikigega ca Leta, hanyuma ubike icemezo c'iriha.",
                    "fr": "Payez 10 000 BIF par exemplaire dans une banque agréée sur le compte du Trésor public et gardez le bordereau.",
                    "en": "Pay 10,000 BIF per copy at an approved bank into the Treasury account and keep the payment slip.",
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
                    "rn": "Tanga urupapuro rwo gusaba n'impapuro zikenewe",
                    "fr": "Déposer le formulaire et les pièces",
                    "en": "Submit the form and documents",
                },
                "description": {
                    "rn": "Uzuza urupapuro MJ-CJ-01, hanyuma urushikirize hamwe n'ikarata karangamuntu n'icemezo c'iriha. Urahabwa akabarwa kerekana umusi wo kugaruka.",
                    "fr": "Remplissez le formulaire MJ-CJ-01 et déposez-le avec votre CNI et le bordereau. Un récépissé indique la date de retrait.",
                    "en": "Fill in form MJ-CJ-01 and hand it in with your identity card and payment slip. A receipt gives the collection date.",
                },
                "location": {
                    "rn": "Ibiro bishinzwe ibihano vyanditswe i Bujumbura canke ibiro vya Minisiteri y'Ubutungane i Gitega",
                    "fr": "Service du casier judiciaire à Bujumbura ou bureau du ministère de la Justice à Gitega",
                    "en": "Criminal records service in Bujumbura or Ministry of Justice office in Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe kwakira amasabwa",
                    "fr": "Agent de réception des demandes",
                    "en": "Application desk officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata icemezo",
                    "fr": "Retirer l'extrait",
                    "en": "Collect the extract",
                },
                "description": {
                    "rn": "Garuka ku musi wabwiwe witwaje akabarwa wahawe n'ikarata karangamuntu. Icemezo gishirwako umukono n'umuyobozi w'ibiro.",
                    "fr": "Revenez à la date indiquée avec le récépissé et votre CNI. L'extrait est signé par le chef du service.",
                    "en": "Come back on the date given with the receipt and your identity card. The extract is signed by the head of the service.",
                },
                "location": {
                    "rn": "Ibiro wasabiyeko",
                    "fr": "Bureau où la demande a été déposée",
                    "en": "Office where you applied",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe gutanga ivyemezo",
                    "fr": "Agent de délivrance",
                    "en": "Issuing officer",
                },
                "expected_days": 3,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba icemezo rwujujwe",
                    "fr": "Formulaire de demande d'extrait rempli",
                    "en": "Completed extract request form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "MJ-CJ-01",
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu (CNI) canke pasiporo",
                    "fr": "Carte nationale d'identité (CNI) ou passeport",
                    "en": "National identity card (CNI) or passport",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha rya 10 000 BIF kuri kopi imwe",
                    "fr": "Bordereau de paiement de 10 000 BIF par exemplaire",
                    "en": "Payment slip for 10,000 BIF per copy",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Uruhusha rwanditse rwo guserukira uwundi (procuration)",
                    "fr": "Procuration écrite",
                    "en": "Written power of attorney",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Iyo usabira uwundi muntu",
                    "fr": "Si vous demandez pour une autre personne",
                    "en": "If you apply on behalf of someone else",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Icemezo c'ibihano vyanditswe, kuri kopi imwe",
                    "fr": "Extrait du casier judiciaire, par exemplaire",
                    "en": "Criminal record extract, per copy",
                },
                "amount_bif": 10000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti y'Ikigega ca Leta, uzane icemezo c'iriha igihe utanga urupapuro.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor public ; joignez le bordereau à la demande.",
                    "en": "Pay at an approved bank into the Treasury account; attach the slip to your request.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Amazina ari ku rupapuro ntahuye n'ari ku kirangamuntu.",
                "fr": "Les noms du formulaire ne correspondent pas à ceux de la CNI.",
                "en": "The names on the form do not match the identity card.",
            },
            {
                "rn": "Uwusabira uwundi ntafise uruhusha rwanditse kandi rwemejwe.",
                "fr": "Demande faite pour un tiers sans procuration certifiée.",
                "en": "Request made for someone else without a certified power of attorney.",
            },
            {
                "rn": "Icemezo c'iriha ntikiriho canke ni ic'amafaranga make.",
                "fr": "Bordereau de paiement absent ou montant insuffisant.",
                "en": "Payment slip missing or amount too low.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/09 du 11 mai 2018 portant modification du Code de procédure pénale",
                "title": {
                    "rn": "Igitabu c'amategeko agenga ingingo z'imanza mpanavyaha",
                    "fr": "Code de procédure pénale",
                    "en": "Code of Criminal Procedure",
                },
                "article": "Art. 402",
                "date": "2018-05-11",
                "url": "",
            },
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°550/1215 du 12 août 2019",
                "title": {
                    "rn": "Itegeko rya Minisitiri rigena amafaranga atangwa ku cemezo c'ibihano vyanditswe",
                    "fr": "Ordonnance fixant les frais de délivrance de l'extrait du casier judiciaire",
                    "en": "Ordinance setting the fee for the criminal record extract",
                },
                "article": "Art. 3",
                "date": "2019-08-12",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "nationality-certificate",
        "institution": "justice",
        "themes": ["identity-civil-status", "justice"],
        "offices": ["justice-gitega", "tgi-mukaza-registry"],
        "title": {
            "rn": "Gusaba icemezo c'ubwenegihugu",
            "fr": "Demande de certificat de nationalité",
            "en": "Applying for a nationality certificate",
        },
        "summary": {
            "rn": "Icemezo c'ubwenegihugu cemeza ko uri Umurundi ukurikije Igitabu c'amategeko y'ubwenegihugu. Kenshi gisabwa mu gusaba akazi ka Leta, pasiporo canke mu kwiyamamaza.",
            "fr": "Le certificat de nationalité prouve que vous êtes Burundais au sens du Code de la nationalité. Il est souvent exigé pour un emploi public, un passeport ou une candidature électorale.",
            "en": "The nationality certificate proves that you are Burundian under the Nationality Code. It is often required for a public-sector job, a passport or an election candidacy.",
        },
        "eligibility": {
            "rn": "Umuntu wese avyawe n'umuvyeyi w'Umurundi canke yaronse ubwenegihugu bw'Uburundi. Ku mwana atarashika imyaka 18, umuvyeyi ni we agisabira.",
            "fr": "Toute personne née d'un parent burundais ou ayant acquis la nationalité burundaise. Pour un mineur, un parent fait la demande.",
            "en": "Anyone born to a Burundian parent or who has acquired Burundian nationality. For a minor, a parent applies.",
        },
        "validity": {
            "rn": "Icemezo nticigera giheza agaciro, kiretse iyo ubwenegihugu bwakuweho.",
            "fr": "Sans limite de validité, sauf perte de la nationalité.",
            "en": "No expiry, unless the nationality is lost.",
        },
        "renewal": {
            "rn": "Ntikivugururwa; iyo ukeneye izindi kopi, saba kopi zemejwe ku biro vyagitanze.",
            "fr": "Non renouvelable ; pour d'autres exemplaires, demandez des copies certifiées au bureau qui l'a délivré.",
            "en": "Not renewable; for more copies, ask the issuing office for certified copies.",
        },
        "if_lost": {
            "rn": "Bimenyeshe igipolisi uronke icemezo c'uko cazimiye, hanyuma usabe kopi isubirwamwo ku biro vyagitanze.",
            "fr": "Déclarez la perte à la police, puis demandez un duplicata au bureau qui l'a délivré en présentant l'attestation de perte.",
            "en": "Report the loss to the police, then ask the issuing office for a duplicate, showing the loss certificate.",
        },
        "recourse": {
            "rn": "Iyo wanswe, andikira Minisitiri w'Ubutungane mu mezi 3; iyo bitakunze, ushobora kuregera Sentare Nkuru ngo yemeze ubwenegihugu bwawe.",
            "fr": "En cas de refus, adressez un recours au ministre de la Justice dans les 3 mois ; à défaut, saisissez le Tribunal de grande instance.",
            "en": "If refused, appeal to the Minister of Justice within 3 months; failing that, ask the High Court (TGI) to rule on your nationality.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Teranya impapuro zikenewe",
                    "fr": "Réunir les pièces",
                    "en": "Gather the documents",
                },
                "description": {
                    "rn": "Rondera icemezo c'ivuka cawe n'ikarata karangamuntu y'umuvyeyi wawe w'Umurundi canke icemezo c'ivuka ciwe.",
                    "fr": "Procurez-vous votre acte de naissance et la CNI ou l'acte de naissance de votre parent burundais.",
                    "en": "Get your birth certificate and the identity card or birth certificate of your Burundian parent.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine wavukiyemwo",
                    "fr": "État civil de votre commune de naissance",
                    "en": "Civil status office of your commune of birth",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 1,
            },
            {
                "title": {
                    "rn": "Riha kandi utange dosiye",
                    "fr": "Payer et déposer le dossier",
                    "en": "Pay and submit the file",
                },
                "description": {
                    "rn": "Riha 20 000 BIF muri banki, uzuza urupapuro MJ-NAT-01, hanyuma ushikirize dosiye yose wewe nyene.",
                    "fr": "Payez 20 000 BIF en banque, remplissez le formulaire MJ-NAT-01 et déposez le dossier complet en personne.",
                    "en": "Pay 20,000 BIF at a bank, fill in form MJ-NAT-01 and hand in the complete file in person.",
                },
                "location": {
                    "rn": "Ibiro vya Minisiteri y'Ubutungane i Gitega canke ubwanditsi bwa Sentare Nkuru ya Mukaza",
                    "fr": "Ministère de la Justice à Gitega ou greffe du TGI de Mukaza",
                    "en": "Ministry of Justice in Gitega or the Mukaza High Court registry",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe ivy'ubwenegihugu",
                    "fr": "Agent chargé de la nationalité",
                    "en": "Nationality desk officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata icemezo",
                    "fr": "Retirer le certificat",
                    "en": "Collect the certificate",
                },
                "description": {
                    "rn": "Inyuma y'isuzuma rya dosiye, garuka witwaje akabarwa wahawe. Icemezo gishirwako umukono n'umucamanza canke umukozi abifitiye ububasha.",
                    "fr": "Après vérification du dossier, revenez avec le récépissé. Le certificat est signé par le magistrat ou l'agent habilité.",
                    "en": "After the file is checked, come back with your receipt. The certificate is signed by the judge or authorised officer.",
                },
                "location": {
                    "rn": "Ibiro wasabiyeko",
                    "fr": "Bureau où la demande a été déposée",
                    "en": "Office where you applied",
                },
                "handled_by": {
                    "rn": "Umwanditsi wa sentare canke umukozi wa Minisiteri",
                    "fr": "Greffier ou agent du ministère",
                    "en": "Court clerk or ministry officer",
                },
                "expected_days": 7,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba icemezo c'ubwenegihugu rwujujwe",
                    "fr": "Formulaire de demande de certificat de nationalité rempli",
                    "en": "Completed nationality certificate request form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "MJ-NAT-01",
            },
            {
                "name": {
                    "rn": "Icemezo c'ivuka c'uwusaba",
                    "fr": "Extrait d'acte de naissance du demandeur",
                    "en": "Applicant's birth certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu canke icemezo c'ivuka c'umuvyeyi w'Umurundi",
                    "fr": "CNI ou acte de naissance du parent burundais",
                    "en": "Identity card or birth certificate of the Burundian parent",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Itegeko canke icemezo c'uko waronse ubwenegihugu",
                    "fr": "Décret ou acte d'acquisition de la nationalité",
                    "en": "Decree or deed granting nationality",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": {
                    "rn": "Ku muntu yaronse ubwenegihugu bw'Uburundi atavyawe n'Umurundi",
                    "fr": "Pour une personne ayant acquis la nationalité par naturalisation ou mariage",
                    "en": "For a person who acquired nationality by naturalisation or marriage",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Icemezo c'ubwenegihugu",
                    "fr": "Certificat de nationalité",
                    "en": "Nationality certificate",
                },
                "amount_bif": 20000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti y'Ikigega ca Leta, wongere icemezo c'iriha muri dosiye.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor public ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the Treasury account; add the slip to your file.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Nta cemezo cerekana isano riri hagati y'uwusaba n'umuvyeyi w'Umurundi.",
                "fr": "Aucune pièce ne prouve le lien de filiation avec le parent burundais.",
                "en": "No document proves the parent-child link with the Burundian parent.",
            },
            {
                "rn": "Amazina canke amatariki ari ku mpapuro zitandukanye ntahuye.",
                "fr": "Les noms ou dates diffèrent d'une pièce à l'autre.",
                "en": "Names or dates differ between the documents.",
            },
            {
                "rn": "Kopi z'impapuro ntizemejwe n'ubutegetsi bubifitiye ububasha.",
                "fr": "Les copies ne sont pas certifiées conformes.",
                "en": "The copies are not certified.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/013 du 18 juillet 2000 portant réforme du Code de la nationalité",
                "title": {
                    "rn": "Igitabu c'amategeko agenga ubwenegihugu bw'Uburundi",
                    "fr": "Code de la nationalité",
                    "en": "Nationality Code",
                },
                "article": "Art. 2",
                "date": "2000-07-18",
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
                "article": "Art. 12",
                "date": "2018-06-07",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "court-judgment-copy",
        "institution": "tgi-mukaza",
        "themes": ["justice"],
        "offices": ["tgi-mukaza-registry"],
        "title": {
            "rn": "Gusaba kopi y'urubanza rwaciwe",
            "fr": "Demande de copie ou d'expédition d'un jugement",
            "en": "Requesting a copy of a court judgment",
        },
        "summary": {
            "rn": "Ubwanditsi bwa Sentare Nkuru ya Mukaza butanga kopi z'imanza zaciwe n'iyo sentare. Kopi yemejwe (expédition) ni yo ikoreshwa mu gushira mu ngiro urubanza canke mu kujurira.",
            "fr": "Le greffe du Tribunal de grande instance de Mukaza délivre les copies des jugements rendus par ce tribunal. L'expédition certifiée sert à exécuter le jugement ou à faire appel.",
            "en": "The registry of the Mukaza High Court (TGI) issues copies of the judgments it has delivered. The certified copy is used to enforce the judgment or to appeal.",
        },
        "eligibility": {
            "rn": "Abari mu rubanza, abavoka babo canke uwufise uruhusha rwanditse rwabo. Uwundi muntu wese akeneye uruhusha rw'Umukuru wa sentare.",
            "fr": "Les parties au procès, leurs avocats ou leurs mandataires munis d'une procuration. Un tiers doit obtenir l'autorisation du président du tribunal.",
            "en": "The parties to the case, their lawyers or agents holding a power of attorney. Anyone else needs the permission of the court president.",
        },
        "validity": {
            "rn": "Kopi ntigira igihe irangirirako, igihe cose urubanza rutarasubirwamwo canke ngo ruhanagurwe n'iyindi sentare.",
            "fr": "Sans limite de validité, tant que le jugement n'est pas annulé ou réformé.",
            "en": "No expiry, as long as the judgment is not overturned or amended.",
        },
        "renewal": {
            "rn": "Ntivugururwa; iyo ukeneye iyindi, saba kopi nshasha ku bwanditsi bwa sentare.",
            "fr": "Non renouvelable ; demandez une nouvelle copie au greffe si besoin.",
            "en": "Not renewable; ask the registry for a new copy if needed.",
        },
        "if_lost": {
            "rn": "Saba iyindi kopi ku bwanditsi wongere uriha; urubanza rw'intango rubikwa mu bubiko bwa sentare.",
            "fr": "Demandez une nouvelle copie au greffe et payez à nouveau ; l'original du jugement reste aux archives du tribunal.",
            "en": "Ask the registry for a new copy and pay again; the original judgment stays in the court archives.",
        },
        "recourse": {
            "rn": "Iyo umwanditsi wa sentare yanse kuguha kopi, andikira Umukuru wa Sentare Nkuru ya Mukaza abifatire ingingo.",
            "fr": "Si le greffier refuse la copie, adressez une requête au président du TGI de Mukaza, qui tranche.",
            "en": "If the clerk refuses the copy, send a request to the president of the Mukaza High Court, who decides.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Andika ibaruwa isaba kopi",
                    "fr": "Rédiger la demande de copie",
                    "en": "Write the copy request",
                },
                "description": {
                    "rn": "Andika ibaruwa ivuga inomero y'urubanza (RC canke RP), itariki rwaciweko n'amazina y'abari mu rubanza.",
                    "fr": "Rédigez une lettre indiquant le numéro de rôle (RC ou RP), la date du jugement et le nom des parties.",
                    "en": "Write a letter giving the case number (RC or RP), the judgment date and the names of the parties.",
                },
                "location": {
                    "rn": "Aho uri hose",
                    "fr": "Où vous voulez",
                    "en": "Anywhere",
                },
                "handled_by": {
                    "rn": "Uwusaba canke umuvoka wiwe",
                    "fr": "Le demandeur ou son avocat",
                    "en": "The applicant or their lawyer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Tanga ibaruwa kandi uriha",
                    "fr": "Déposer la demande et payer",
                    "en": "Submit the request and pay",
                },
                "description": {
                    "rn": "Shikiriza ibaruwa ku bwanditsi hamwe n'ikarata karangamuntu. Umwanditsi akubwira amafaranga ukwiye kuriha muri banki ukurikije umubare w'impapuro.",
                    "fr": "Déposez la lettre au greffe avec votre CNI. Le greffier calcule les frais selon le nombre de pages, à payer en banque.",
                    "en": "Hand the letter to the registry with your identity card. The clerk works out the fee by page count, to be paid at a bank.",
                },
                "location": {
                    "rn": "Ubwanditsi bwa Sentare Nkuru ya Mukaza",
                    "fr": "Greffe du TGI de Mukaza",
                    "en": "Mukaza High Court registry",
                },
                "handled_by": {
                    "rn": "Umwanditsi mukuru wa sentare",
                    "fr": "Greffier en chef",
                    "en": "Chief clerk",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata kopi",
                    "fr": "Retirer la copie",
                    "en": "Collect the copy",
                },
                "description": {
                    "rn": "Garuka witwaje icemezo c'iriha. Kopi yemejwe ishirwako umukono n'ikimenyetso ca sentare.",
                    "fr": "Revenez avec le bordereau de paiement. L'expédition porte la signature du greffier et le sceau du tribunal.",
                    "en": "Come back with the payment slip. The certified copy bears the clerk's signature and the court seal.",
                },
                "location": {
                    "rn": "Ubwanditsi bwa Sentare Nkuru ya Mukaza",
                    "fr": "Greffe du TGI de Mukaza",
                    "en": "Mukaza High Court registry",
                },
                "handled_by": {
                    "rn": "Umwanditsi wa sentare",
                    "fr": "Greffier",
                    "en": "Court clerk",
                },
                "expected_days": 5,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ibaruwa isaba kopi y'urubanza",
                    "fr": "Lettre de demande de copie du jugement",
                    "en": "Letter requesting a copy of the judgment",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu (CNI)",
                    "fr": "Carte nationale d'identité (CNI)",
                    "en": "National identity card (CNI)",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Uruhusha rwanditse rw'uwari mu rubanza",
                    "fr": "Procuration écrite d'une partie",
                    "en": "Written power of attorney from a party",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Iyo usabira uwari mu rubanza kandi utari umuvoka wiwe",
                    "fr": "Si vous agissez pour une partie sans être son avocat",
                    "en": "If you act for a party without being their lawyer",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha ry'amafaranga ya kopi",
                    "fr": "Bordereau de paiement des frais d'expédition",
                    "en": "Payment slip for the copy fee",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kopi yemejwe y'urubanza (expédition)",
                    "fr": "Expédition certifiée du jugement",
                    "en": "Certified copy of the judgment",
                },
                "amount_bif": 10000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti y'Ikigega ca Leta, hanyuma werekane icemezo c'iriha ku bwanditsi.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor public ; présentez le bordereau au greffe.",
                    "en": "Pay at an approved bank into the Treasury account; show the slip at the registry.",
                },
            },
            {
                "label": {
                    "rn": "Urupapuro rumwe rwa kopi isanzwe",
                    "fr": "Copie simple, par page",
                    "en": "Plain copy, per page",
                },
                "amount_bif": 500,
                "payment": {
                    "rn": "Riha hamwe n'amafaranga ya kopi yemejwe muri banki nyene.",
                    "fr": "À payer en même temps que l'expédition, à la même banque.",
                    "en": "Pay together with the certified copy fee, at the same bank.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Uwusaba ntiyari mu rubanza kandi ntafise uruhusha rw'Umukuru wa sentare.",
                "fr": "Le demandeur n'est pas partie au procès et n'a pas l'autorisation du président.",
                "en": "The applicant is not a party to the case and has no permission from the court president.",
            },
            {
                "rn": "Urubanza ntirurashirwako umukono n'abacamanza, canke ntirurandikwa mu gitabu ca sentare.",
                "fr": "Le jugement n'est pas encore signé par les juges ou pas encore enregistré.",
                "en": "The judgment has not yet been signed by the judges or registered.",
            },
            {
                "rn": "Inomero y'urubanza yatanzwe si yo canke ntibonekera mu bubiko.",
                "fr": "Le numéro de rôle indiqué est faux ou introuvable.",
                "en": "The case number given is wrong or cannot be found.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/010 du 13 mai 2004 portant Code de procédure civile",
                "title": {
                    "rn": "Igitabu c'amategeko agenga ingingo z'imanza mbonezamubano",
                    "fr": "Code de procédure civile",
                    "en": "Code of Civil Procedure",
                },
                "article": "Art. 241",
                "date": "2004-05-13",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/08 du 17 mars 2005 portant Code de l'organisation et de la compétence judiciaires",
                "title": {
                    "rn": "Igitabu c'amategeko agenga imitunganirize n'ububasha bw'amasentare",
                    "fr": "Code de l'organisation et de la compétence judiciaires",
                    "en": "Code on the Organisation and Jurisdiction of the Courts",
                },
                "article": "Art. 62",
                "date": "2005-03-17",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "supplementary-birth-judgment",
        "institution": "tgi-mukaza",
        "themes": ["identity-civil-status", "justice"],
        "offices": ["tgi-mukaza-registry"],
        "title": {
            "rn": "Gusaba urubanza rusubirira icemezo c'ivuka (jugement supplétif)",
            "fr": "Jugement supplétif d'acte de naissance",
            "en": "Supplementary judgment for a late birth registration",
        },
        "summary": {
            "rn": "Iyo ivuka ritanditswe mu gihe cagenywe n'amategeko, sentare irashobora guca urubanza rusubirira icemezo c'ivuka. Urwo rubanza rushikirizwa ibiro vy'irangamimerere kugira ngo ivuka ryandikwe mu gitabu.",
            "fr": "Quand une naissance n'a pas été déclarée dans le délai légal, le tribunal peut rendre un jugement qui tient lieu d'acte de naissance. Ce jugement est ensuite transcrit à l'état civil.",
            "en": "When a birth was not declared within the legal deadline, the court can issue a judgment that replaces the birth certificate. The judgment is then entered in the civil status register.",
        },
        "eligibility": {
            "rn": "Umuntu ubwiwe ashikije imyaka 18, umuvyeyi canke uwurera umwana, canke Umushinjacaha wa Republika.",
            "fr": "La personne concernée si elle est majeure, un parent ou le tuteur de l'enfant, ou le Procureur de la République.",
            "en": "The person concerned if an adult, a parent or guardian of the child, or the Public Prosecutor.",
        },
        "validity": {
            "rn": "Urubanza ntirugira igihe rurangirirako; rumaze kwandikwa mu gitabu c'irangamimerere, usaba ivyemezo vy'ivuka kuri komine.",
            "fr": "Sans limite de validité ; une fois transcrit, les extraits d'acte de naissance se demandent à la commune.",
            "en": "No expiry; once it is registered, birth certificates are requested from the commune.",
        },
        "renewal": {
            "rn": "Ntivugururwa; iyo ukeneye izindi kopi z'urubanza, zisabe ku bwanditsi bwa sentare.",
            "fr": "Non renouvelable ; les copies supplémentaires du jugement se demandent au greffe.",
            "en": "Not renewable; further copies of the judgment are requested from the registry.",
        },
        "if_lost": {
            "rn": "Saba kopi nshasha y'urubanza ku bwanditsi bwa sentare, canke icemezo c'ivuka kuri komine iyo rwamaze kwandikwa.",
            "fr": "Demandez une nouvelle expédition au greffe, ou un extrait d'acte de naissance à la commune si le jugement a été transcrit.",
            "en": "Ask the registry for a new certified copy, or the commune for a birth certificate if the judgment has been registered.",
        },
        "recourse": {
            "rn": "Iyo sentare yanse ivyo usaba, ushobora kujurira muri Sentare y'Ijurirwa ya Bujumbura mu misi 30 uhereye igihe wamenyeshejwe urubanza.",
            "fr": "Si le tribunal rejette la demande, vous pouvez faire appel devant la Cour d'appel de Bujumbura dans les 30 jours de la signification.",
            "en": "If the court rejects the request, you may appeal to the Bujumbura Court of Appeal within 30 days of notification.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Saba icemezo c'uko ivuka ritanditswe",
                    "fr": "Obtenir une attestation de non-inscription",
                    "en": "Get a certificate of non-registration",
                },
                "description": {
                    "rn": "Ibiro vy'irangamimerere vya komine wavukiyemwo biraguha icemezo cerekana ko ivuka ryawe ritabonekera mu bitabu.",
                    "fr": "L'état civil de la commune de naissance atteste que la naissance ne figure pas dans ses registres.",
                    "en": "The civil status office of the commune of birth certifies that the birth is not in its registers.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine wavukiyemwo",
                    "fr": "État civil de la commune de naissance",
                    "en": "Civil status office of the commune of birth",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 1,
            },
            {
                "title": {
                    "rn": "Tanga ibaruwa isaba kuri sentare kandi uriha",
                    "fr": "Déposer la requête au tribunal et payer",
                    "en": "File the petition with the court and pay",
                },
                "description": {
                    "rn": "Shikiriza ibaruwa isaba urubanza hamwe n'impapuro zikenewe, uriha amafaranga y'urubanza. Umwanditsi akubwira umusi w'iburanisha.",
                    "fr": "Déposez la requête avec les pièces et payez la consignation. Le greffier vous donne la date d'audience.",
                    "en": "Hand in the petition with the documents and pay the court deposit. The clerk gives you the hearing date.",
                },
                "location": {
                    "rn": "Ubwanditsi bwa Sentare Nkuru ya Mukaza",
                    "fr": "Greffe du TGI de Mukaza",
                    "en": "Mukaza High Court registry",
                },
                "handled_by": {
                    "rn": "Umwanditsi wa sentare",
                    "fr": "Greffier",
                    "en": "Court clerk",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja mu iburanisha n'ivyabona bibiri",
                    "fr": "Se présenter à l'audience avec deux témoins",
                    "en": "Attend the hearing with two witnesses",
                },
                "description": {
                    "rn": "Umucamanza yumviriza wewe n'ivyabona bibiri bizi igihe n'ahantu wavukiye, hanyuma agaca urubanza.",
                    "fr": "Le juge entend le demandeur et deux témoins qui connaissent la date et le lieu de naissance, puis rend le jugement.",
                    "en": "The judge hears you and two witnesses who know the date and place of birth, then gives the judgment.",
                },
                "location": {
                    "rn": "Icumba c'iburanisha ca Sentare Nkuru ya Mukaza",
                    "fr": "Salle d'audience du TGI de Mukaza",
                    "en": "Mukaza High Court hearing room",
                },
                "handled_by": {
                    "rn": "Umucamanza wa Sentare Nkuru",
                    "fr": "Juge du TGI",
                    "en": "High Court judge",
                },
                "expected_days": 30,
            },
            {
                "title": {
                    "rn": "Andikisha urubanza kuri komine",
                    "fr": "Faire transcrire le jugement à l'état civil",
                    "en": "Have the judgment registered at the commune",
                },
                "description": {
                    "rn": "Jana kopi yemejwe y'urubanza ku biro vy'irangamimerere, vyandike ivuka mu gitabu maze bikuhe icemezo c'ivuka.",
                    "fr": "Apportez l'expédition du jugement à l'état civil, qui transcrit la naissance et vous délivre un extrait d'acte de naissance.",
                    "en": "Take the certified copy of the judgment to the civil status office, which records the birth and gives you a birth certificate.",
                },
                "location": {
                    "rn": "Ibiro vy'irangamimerere vya komine wavukiyemwo",
                    "fr": "État civil de la commune de naissance",
                    "en": "Civil status office of the commune of birth",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'irangamimerere",
                    "fr": "Officier de l'état civil",
                    "en": "Civil status officer",
                },
                "expected_days": 3,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ibaruwa isaba urubanza rusubirira icemezo c'ivuka",
                    "fr": "Requête en jugement supplétif",
                    "en": "Petition for a supplementary judgment",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo ca komine c'uko ivuka ritanditswe",
                    "fr": "Attestation de non-inscription délivrée par la commune",
                    "en": "Certificate of non-registration from the commune",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Amakarata karangamuntu y'ivyabona bibiri n'ay'abavyeyi",
                    "fr": "CNI des deux témoins et des parents",
                    "en": "Identity cards of the two witnesses and the parents",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'ivuka catanzwe n'ivuriro",
                    "fr": "Attestation de naissance du centre de santé ou de l'hôpital",
                    "en": "Birth notice from the health centre or hospital",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": {
                    "rn": "Iyo wavukiye mw'ivuriro",
                    "fr": "Si la naissance a eu lieu dans une formation sanitaire",
                    "en": "If the birth took place in a health facility",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Amafaranga y'urubanza (consignation)",
                    "fr": "Frais de consignation",
                    "en": "Court deposit",
                },
                "amount_bif": 15000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya sentare, hanyuma ushikirize icemezo c'iriha ku bwanditsi.",
                    "fr": "Paiement en banque agréée sur le compte du tribunal ; remettez le bordereau au greffe.",
                    "en": "Pay at an approved bank into the court account; hand the slip to the registry.",
                },
            },
            {
                "label": {
                    "rn": "Kopi yemejwe y'urubanza (expédition)",
                    "fr": "Expédition du jugement",
                    "en": "Certified copy of the judgment",
                },
                "amount_bif": 10000,
                "payment": {
                    "rn": "Riha muri banki igihe urubanza rwaciwe, hanyuma ufate kopi ku bwanditsi.",
                    "fr": "À payer en banque après le jugement, puis retirez l'expédition au greffe.",
                    "en": "Pay at a bank once judgment is given, then collect the copy at the registry.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Ivyabona ntibaje mu iburanisha canke ivyo bavuga ntibihuye.",
                "fr": "Les témoins sont absents à l'audience ou se contredisent.",
                "en": "The witnesses do not attend the hearing or contradict each other.",
            },
            {
                "rn": "Ivuka ryari ryanditswe kera mu gitabu c'irangamimerere; saba gusa icemezo c'ivuka kuri komine.",
                "fr": "La naissance est déjà inscrite à l'état civil ; demandez simplement un extrait à la commune.",
                "en": "The birth is already in the civil register; simply request a birth certificate from the commune.",
            },
            {
                "rn": "Nta cemezo ca komine cerekana ko ivuka ritanditswe.",
                "fr": "L'attestation de non-inscription de la commune manque.",
                "en": "The commune's certificate of non-registration is missing.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Décret-loi n°1/024 du 28 avril 1993 portant réforme du Code des personnes et de la famille",
                "title": {
                    "rn": "Igitabu c'amategeko agenga abantu n'umuryango",
                    "fr": "Code des personnes et de la famille",
                    "en": "Persons and Family Code",
                },
                "article": "Art. 47",
                "date": "1993-04-28",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/010 du 13 mai 2004 portant Code de procédure civile",
                "title": {
                    "rn": "Igitabu c'amategeko agenga ingingo z'imanza mbonezamubano",
                    "fr": "Code de procédure civile",
                    "en": "Code of Civil Procedure",
                },
                "article": "Art. 7",
                "date": "2004-05-13",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "tax-identification-number",
        "institution": "obr",
        "themes": ["business"],
        "offices": ["obr-bujumbura", "obr-gitega"],
        "title": {
            "rn": "Gusaba inomero iranga umusoreshwa (NIF)",
            "fr": "Demande de numéro d'identification fiscale (NIF)",
            "en": "Applying for a tax identification number (NIF)",
        },
        "summary": {
            "rn": "NIF ni inomero iranga umusoreshwa wese imbere ya OBR, kandi nta bandi bayisangira. Irakenewe mu gutangura urudandaza, kwinjiza ibidandazwa mu gihugu, kwitaba amasoko ya Leta canke kwandikisha ikinyabiziga.",
            "fr": "Le NIF est le numéro unique qui identifie chaque contribuable auprès de l'OBR. Il est exigé pour ouvrir une entreprise, importer, soumissionner aux marchés publics ou immatriculer un véhicule.",
            "en": "The NIF is the unique number identifying each taxpayer with the OBR. You need it to start a business, import goods, bid for public tenders or register a vehicle.",
        },
        "eligibility": {
            "rn": "Umuntu wese canke ishirahamwe rikorera ibikorwa vy'ubutunzi mu Burundi, hamwe n'uwukeneye NIF mu kugura ikinyabiziga canke itongo.",
            "fr": "Toute personne physique ou morale exerçant une activité économique au Burundi, ou ayant besoin d'un NIF pour acheter un véhicule ou un terrain.",
            "en": "Any person or company doing business in Burundi, or anyone who needs a NIF to buy a vehicle or land.",
        },
        "validity": {
            "rn": "NIF ntigira igihe irangirirako; iguma ari iyawe ubuzima bwawe bwose, canke gushika ishirahamwe risenyutse.",
            "fr": "Sans limite de validité ; le NIF reste attribué à vie, ou jusqu'à la dissolution de l'entreprise.",
            "en": "No expiry; the NIF is yours for life, or until the company is dissolved.",
        },
        "renewal": {
            "rn": "Ntivugururwa; menyesha OBR mu misi 30 iyo uhinduye aho uba canke ibikorwa vyawe.",
            "fr": "Non renouvelable ; signalez à l'OBR tout changement d'adresse ou d'activité dans les 30 jours.",
            "en": "Not renewable; tell the OBR about any change of address or activity within 30 days.",
        },
        "if_lost": {
            "rn": "Inomero ntizimira; saba OBR ikuhe icemezo gishasha c'iyandikwa ku buntu, witwaje ikarata karangamuntu.",
            "fr": "Le numéro ne change pas ; demandez gratuitement à l'OBR une nouvelle attestation d'immatriculation sur présentation de la CNI.",
            "en": "The number never changes; ask the OBR for a new registration certificate, free of charge, showing your identity card.",
        },
        "recourse": {
            "rn": "Andikira Komiseri mukuru wa OBR mu misi 30; iyo bitakunze, ushobora kuregera sentare ibiraba ivy'ubutegetsi.",
            "fr": "Adressez une réclamation écrite au Commissaire général de l'OBR dans les 30 jours ; à défaut, saisissez la juridiction administrative.",
            "en": "Send a written complaint to the OBR Commissioner General within 30 days; failing that, go to the administrative court.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Uzuza urupapuro rwo kwiyandikisha",
                    "fr": "Remplir le formulaire d'immatriculation",
                    "en": "Fill in the registration form",
                },
                "description": {
                    "rn": "Fata urupapuro OBR-NIF-01 ku biro vya OBR canke ku rubuga rwayo, urwuzuze ushizemwo aho uba n'ibikorwa ukora.",
                    "fr": "Retirez le formulaire OBR-NIF-01 à l'OBR ou sur son site et remplissez-le avec votre adresse et votre activité.",
                    "en": "Get form OBR-NIF-01 at an OBR office or on its website and fill it in with your address and activity.",
                },
                "location": {
                    "rn": "Ibiro vya OBR canke urubuga rwa OBR",
                    "fr": "Bureau de l'OBR ou site web de l'OBR",
                    "en": "OBR office or OBR website",
                },
                "handled_by": {
                    "rn": "Uwusaba",
                    "fr": "Le demandeur",
                    "en": "The applicant",
                },
                "expected_days": 0,
                "online": True,
            },
            {
                "title": {
                    "rn": "Tanga dosiye ku biro vyakira abasoreshwa",
                    "fr": "Déposer le dossier au service des contribuables",
                    "en": "Submit the file at the taxpayer desk",
                },
                "description": {
                    "rn": "Shikiriza urupapuro n'impapuro zikenewe. Umukozi wa OBR arazisuzuma maze akakwandika mu bitabu vy'abasoreshwa.",
                    "fr": "Déposez le formulaire et les pièces. L'agent de l'OBR les vérifie et vous inscrit au registre des contribuables.",
                    "en": "Hand in the form and documents. The OBR officer checks them and enters you in the taxpayer register.",
                },
                "location": {
                    "rn": "Ibiro vya OBR i Bujumbura canke i Gitega",
                    "fr": "Bureau de l'OBR à Bujumbura ou à Gitega",
                    "en": "OBR office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi wa OBR ashinzwe kwandika abasoreshwa",
                    "fr": "Agent d'immatriculation de l'OBR",
                    "en": "OBR registration officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Akira icemezo ca NIF",
                    "fr": "Recevoir l'attestation de NIF",
                    "en": "Receive the NIF certificate",
                },
                "description": {
                    "rn": "Urahabwa icemezo kiriko inomero yawe ya NIF. Yibike neza kuko uzoyikoresha mu vyo wandikira OBR vyose.",
                    "fr": "Vous recevez l'attestation portant votre NIF. Conservez-la : ce numéro figure sur toutes vos déclarations.",
                    "en": "You receive the certificate showing your NIF. Keep it: the number goes on all your tax returns.",
                },
                "location": {
                    "rn": "Ibiro vya OBR wasabiyeko",
                    "fr": "Bureau de l'OBR où la demande a été déposée",
                    "en": "OBR office where you applied",
                },
                "handled_by": {
                    "rn": "Umukozi wa OBR ashinzwe kwandika abasoreshwa",
                    "fr": "Agent d'immatriculation de l'OBR",
                    "en": "OBR registration officer",
                },
                "expected_days": 2,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo kwiyandikisha nk'umusoreshwa rwujujwe",
                    "fr": "Formulaire d'immatriculation du contribuable rempli",
                    "en": "Completed taxpayer registration form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "OBR-NIF-01",
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu (CNI) canke pasiporo",
                    "fr": "CNI ou passeport",
                    "en": "Identity card (CNI) or passport",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iyandikwa ry'ishirahamwe n'amategeko aririgenga",
                    "fr": "Certificat d'enregistrement et statuts de la société",
                    "en": "Company registration certificate and articles of association",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": {
                    "rn": "Ku ishirahamwe",
                    "fr": "Pour une personne morale",
                    "en": "For a company",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'aho uba canke amasezerano y'ubukode bw'aho ukorera",
                    "fr": "Attestation de résidence ou contrat de bail du local",
                    "en": "Residence certificate or lease for the premises",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Guhabwa NIF",
                    "fr": "Attribution du NIF",
                    "en": "NIF registration",
                },
                "amount_bif": 0,
                "payment": {
                    "rn": "Ni ku buntu: nta mafaranga uriha kuri OBR.",
                    "fr": "Gratuit : rien à payer à l'OBR.",
                    "en": "Free: nothing to pay at the OBR.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Uwusaba asanzwe afise NIF; umusoreshwa umwe ahabwa inomero imwe gusa.",
                "fr": "Le demandeur a déjà un NIF ; un contribuable n'a qu'un seul numéro.",
                "en": "The applicant already has a NIF; each taxpayer gets only one number.",
            },
            {
                "rn": "Urupapuro ntirwujujwe neza canke aho uba ntihavuzwe.",
                "fr": "Formulaire incomplet ou adresse non indiquée.",
                "en": "Form incomplete or address missing.",
            },
            {
                "rn": "Ku ishirahamwe, icemezo c'iyandikwa canke amategeko aririgenga ntibiriho.",
                "fr": "Pour une société, certificat d'enregistrement ou statuts manquants.",
                "en": "For a company, the registration certificate or articles are missing.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/07 du 24 novembre 2020 relative aux procédures fiscales et non fiscales",
                "title": {
                    "rn": "Itegeko rigenga ingingo zijanye n'amakori n'ayandi mafaranga ya Leta",
                    "fr": "Loi relative aux procédures fiscales et non fiscales",
                    "en": "Law on tax and non-tax procedures",
                },
                "article": "Art. 9",
                "date": "2020-11-24",
                "url": "",
            },
            {
                "kind": "law",
                "reference": "Loi n°1/11 du 14 juillet 2009 portant création, organisation et fonctionnement de l'Office burundais des recettes",
                "title": {
                    "rn": "Itegeko rishinga Ibiro bijejwe amakori mu Burundi (OBR)",
                    "fr": "Loi portant création de l'Office burundais des recettes",
                    "en": "Law establishing the Burundi Revenue Authority (OBR)",
                },
                "article": "Art. 5",
                "date": "2009-07-14",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "vehicle-registration",
        "institution": "obr",
        "themes": ["transport"],
        "offices": ["obr-bujumbura", "obr-gitega"],
        "title": {
            "rn": "Kwandikisha ikinyabiziga no guhabwa purake",
            "fr": "Immatriculation d'un véhicule",
            "en": "Registering a vehicle",
        },
        "summary": {
            "rn": "Ikinyabiziga cose gikoresha moteri kiguzwe canke cinjijwe mu gihugu gitegerezwa kwandikishwa kuri OBR. OBR itanga purake n'ikarata y'ikinyabiziga (carte rose).",
            "fr": "Tout véhicule à moteur acheté ou importé doit être immatriculé à l'OBR. L'OBR délivre les plaques et la carte d'immatriculation (carte rose).",
            "en": "Every motor vehicle bought or imported must be registered with the OBR. The OBR issues the number plates and the registration card (carte rose).",
        },
        "eligibility": {
            "rn": "Nyen'ikinyabiziga, yaba umuntu canke ishirahamwe, afise NIF kandi amaze kuriha amahoro ya gasutamo.",
            "fr": "Le propriétaire du véhicule, personne physique ou morale, titulaire d'un NIF et ayant acquitté les droits de douane.",
            "en": "The vehicle owner, a person or company, who has a NIF and has paid the customs duties.",
        },
        "validity": {
            "rn": "Iyandikwa rimara igihe cose ikinyabiziga kiri mu Burundi; iyo kigurishijwe, ikarata yaco ihindurwa mw'izina rya nyen'ukukigura.",
            "fr": "Valable tant que le véhicule circule au Burundi ; en cas de vente, la carte rose est mise au nom du nouveau propriétaire.",
            "en": "Valid as long as the vehicle is used in Burundi; when it is sold, the carte rose is transferred to the new owner.",
        },
        "renewal": {
            "rn": "Ntivugururwa; iyo ikinyabiziga kigurishijwe, nyen'ukukigura asaba kuri OBR ko gihindurwa mw'izina ryiwe.",
            "fr": "Non renouvelable ; en cas de vente, le nouveau propriétaire demande la mutation à l'OBR.",
            "en": "Not renewable; after a sale, the new owner applies to the OBR for a transfer of ownership.",
        },
        "if_lost": {
            "rn": "Bimenyeshe igipolisi uronke icemezo c'uko ikarata canke purake vyazimiye, hanyuma usabe ibindi kuri OBR.",
            "fr": "Déclarez la perte à la police, puis demandez à l'OBR un duplicata de la carte rose ou de nouvelles plaques.",
            "en": "Report the loss to the police, then ask the OBR for a duplicate carte rose or new plates.",
        },
        "recourse": {
            "rn": "Andikira Komiseri mukuru wa OBR mu misi 30 werekana igituma utemera ingingo yafashwe.",
            "fr": "Adressez une réclamation motivée au Commissaire général de l'OBR dans les 30 jours.",
            "en": "Send a reasoned complaint to the OBR Commissioner General within 30 days.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Riha amahoro ya gasutamo",
                    "fr": "Dédouaner le véhicule",
                    "en": "Clear the vehicle through customs",
                },
                "description": {
                    "rn": "Ku kinyabiziga cinjijwe mu gihugu, riha amahoro ya gasutamo maze uronke icemezo c'uko amahoro yose yarihwe.",
                    "fr": "Pour un véhicule importé, payez les droits de douane et obtenez le certificat de dédouanement.",
                    "en": "For an imported vehicle, pay the customs duties and get the customs clearance certificate.",
                },
                "location": {
                    "rn": "Ibiro vya gasutamo vya OBR",
                    "fr": "Bureau des douanes de l'OBR",
                    "en": "OBR customs office",
                },
                "handled_by": {
                    "rn": "Umukozi wa gasutamo",
                    "fr": "Agent des douanes",
                    "en": "Customs officer",
                },
                "expected_days": 2,
            },
            {
                "title": {
                    "rn": "Tanga dosiye y'iyandikwa kandi uriha",
                    "fr": "Déposer le dossier d'immatriculation et payer",
                    "en": "Submit the registration file and pay",
                },
                "description": {
                    "rn": "Uzuza urupapuro OBR-IMM-01, urushikirize n'impapuro zikenewe, hanyuma uriha amafaranga ya purake muri banki.",
                    "fr": "Remplissez le formulaire OBR-IMM-01, déposez-le avec les pièces et payez les frais de plaques en banque.",
                    "en": "Fill in form OBR-IMM-01, hand it in with the documents and pay the plate fee at a bank.",
                },
                "location": {
                    "rn": "Ibiro vya OBR bishinzwe kwandika ibinyabiziga i Bujumbura canke i Gitega",
                    "fr": "Service d'immatriculation de l'OBR à Bujumbura ou à Gitega",
                    "en": "OBR vehicle registration desk in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi wa OBR ashinzwe kwandika ibinyabiziga",
                    "fr": "Agent d'immatriculation des véhicules",
                    "en": "Vehicle registration officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Fata purake n'ikarata y'ikinyabiziga",
                    "fr": "Retirer les plaques et la carte rose",
                    "en": "Collect the plates and carte rose",
                },
                "description": {
                    "rn": "Garuka witwaje akabarwa wahawe. Umukozi araraba inomero ya shasi imbere yo kuguha purake n'ikarata.",
                    "fr": "Revenez avec le récépissé. L'agent vérifie le numéro de châssis avant de remettre les plaques et la carte rose.",
                    "en": "Come back with your receipt. The officer checks the chassis number before handing over the plates and carte rose.",
                },
                "location": {
                    "rn": "Ibiro vya OBR wasabiyeko",
                    "fr": "Bureau de l'OBR où la demande a été déposée",
                    "en": "OBR office where you applied",
                },
                "handled_by": {
                    "rn": "Umukozi wa OBR ashinzwe kwandika ibinyabiziga",
                    "fr": "Agent d'immatriculation des véhicules",
                    "en": "Vehicle registration officer",
                },
                "expected_days": 3,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo kwandikisha ikinyabiziga rwujujwe",
                    "fr": "Formulaire d'immatriculation rempli",
                    "en": "Completed vehicle registration form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "OBR-IMM-01",
            },
            {
                "name": {
                    "rn": "Icemezo c'uko amahoro ya gasutamo yarihwe",
                    "fr": "Certificat de dédouanement",
                    "en": "Customs clearance certificate",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": {
                    "rn": "Ku kinyabiziga cinjijwe mu gihugu",
                    "fr": "Pour un véhicule importé",
                    "en": "For an imported vehicle",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Fagitire canke amasezerano y'ukugura ikinyabiziga",
                    "fr": "Facture d'achat ou acte de vente",
                    "en": "Purchase invoice or deed of sale",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu n'icemezo ca NIF ca nyen'ikinyabiziga",
                    "fr": "CNI et attestation de NIF du propriétaire",
                    "en": "Owner's identity card and NIF certificate",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Purake n'ikarata y'imodoka canke ikamyo",
                    "fr": "Plaques et carte rose, voiture ou camion",
                    "en": "Plates and carte rose, car or truck",
                },
                "amount_bif": 300000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya OBR, uzane icemezo c'iriha igihe utanga dosiye.",
                    "fr": "Paiement en banque agréée sur le compte de l'OBR ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the OBR account; attach the slip to your file.",
                },
            },
            {
                "label": {
                    "rn": "Purake n'ikarata y'ipikipiki",
                    "fr": "Plaque et carte rose, moto",
                    "en": "Plate and carte rose, motorcycle",
                },
                "amount_bif": 100000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya OBR, uzane icemezo c'iriha igihe utanga dosiye.",
                    "fr": "Paiement en banque agréée sur le compte de l'OBR ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the OBR account; attach the slip to your file.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Amahoro ya gasutamo ntarishwe yose.",
                "fr": "Les droits de douane ne sont pas entièrement payés.",
                "en": "Customs duties are not fully paid.",
            },
            {
                "rn": "Inomero ya shasi iri ku mpapuro ntihuye n'iri ku kinyabiziga.",
                "fr": "Le numéro de châssis des documents ne correspond pas à celui du véhicule.",
                "en": "The chassis number on the documents does not match the vehicle.",
            },
            {
                "rn": "Izina riri kuri fagitire ntirihuye n'iry'uwusaba kwandikisha.",
                "fr": "Le nom sur la facture diffère de celui du demandeur.",
                "en": "The name on the invoice differs from the applicant's.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "East African Community Customs Management Act, 2004",
                "title": {
                    "rn": "Itegeko ry'Umuryango w'Afrika y'Ubuseruko rigenga ivya gasutamo",
                    "fr": "Loi de la Communauté d'Afrique de l'Est sur la gestion des douanes",
                    "en": "East African Community Customs Management Act",
                },
                "article": "Sec. 34",
                "date": "2004-12-31",
                "url": "",
            },
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°540/1104 du 20 juin 2023",
                "title": {
                    "rn": "Itegeko rya Minisitiri rigena amafaranga yo kwandikisha ibinyabiziga",
                    "fr": "Ordonnance fixant les frais d'immatriculation des véhicules",
                    "en": "Ordinance setting vehicle registration fees",
                },
                "article": "Art. 2",
                "date": "2023-06-20",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "tax-clearance-certificate",
        "institution": "obr",
        "themes": ["business"],
        "offices": ["obr-bujumbura", "obr-gitega"],
        "title": {
            "rn": "Gusaba icemezo c'uko utagira umwenda w'amakori",
            "fr": "Attestation de non-redevabilité (quitus fiscal)",
            "en": "Tax clearance certificate",
        },
        "summary": {
            "rn": "OBR iremeza ko watanze imenyekanisha ryose ry'amakori kandi ko nta mwenda w'amakori ufise. Icemezo gisabwa cane cane mu kwitaba amasoko ya Leta no mu gusaba impusha zimwezimwe.",
            "fr": "L'OBR atteste que vous avez déposé toutes vos déclarations et ne devez aucun impôt. Ce quitus est exigé notamment pour les marchés publics et certaines licences.",
            "en": "The OBR certifies that you have filed all your tax returns and owe no tax. It is required mainly for public tenders and some licences.",
        },
        "eligibility": {
            "rn": "Umusoreshwa wese afise NIF, yatanze imenyekanisha ryose, kandi amakori yose n'amahadabu yarihwe.",
            "fr": "Tout contribuable titulaire d'un NIF, à jour de ses déclarations et de ses paiements, pénalités comprises.",
            "en": "Any taxpayer with a NIF whose returns and payments, including penalties, are up to date.",
        },
        "validity": {
            "rn": "Icemezo kimara amezi 3 uhereye ku musi catangiweko.",
            "fr": "Valable 3 mois à compter de la date de délivrance.",
            "en": "Valid 3 months from the date of issue.",
        },
        "renewal": {
            "rn": "Iyo amezi 3 arangiye, saba icemezo gishasha ukurikije intambwe nk'izi nyene, mu gihe ukiri ku murongo mu vy'amakori.",
            "fr": "Après 3 mois, demandez une nouvelle attestation selon la même procédure, si vous êtes toujours à jour.",
            "en": "After 3 months, request a new certificate the same way, provided you are still up to date.",
        },
        "if_lost": {
            "rn": "Saba OBR kopi yemejwe y'icemezo witwaje icemezo ca NIF; inomero y'icemezo ituma OBR ibona ko ari co nyene.",
            "fr": "Demandez une copie certifiée à l'OBR avec votre attestation de NIF ; le numéro de l'attestation permet de la retrouver.",
            "en": "Ask the OBR for a certified copy, bringing your NIF certificate; the certificate number lets the OBR trace it.",
        },
        "recourse": {
            "rn": "Iyo wanswe kandi ubona ata mwenda ufise, andikira Komiseri mukuru wa OBR mu misi 30 wometseko ivyemezo vy'iriha.",
            "fr": "Si l'attestation est refusée alors que vous estimez être à jour, adressez une réclamation au Commissaire général de l'OBR dans les 30 jours, avec vos quittances.",
            "en": "If refused although you believe you owe nothing, send a complaint to the OBR Commissioner General within 30 days, with your payment receipts.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Raba ko uri ku murongo mu vy'amakori",
                    "fr": "Vérifier que vous êtes à jour",
                    "en": "Check that you are up to date",
                },
                "description": {
                    "rn": "Raba ko watanze imenyekanisha ryose kandi uriha amakori canke amahadabu usigaje imbere yo gusaba.",
                    "fr": "Vérifiez que toutes vos déclarations sont déposées et payez tout impôt ou pénalité restant avant de demander.",
                    "en": "Make sure all your returns are filed and pay any remaining tax or penalty before applying.",
                },
                "location": {
                    "rn": "Ibiro vya OBR canke urubuga rwa OBR",
                    "fr": "Bureau de l'OBR ou site web de l'OBR",
                    "en": "OBR office or OBR website",
                },
                "handled_by": {
                    "rn": "Umukozi wa OBR akurikirana abasoreshwa",
                    "fr": "Gestionnaire de dossiers des contribuables",
                    "en": "OBR taxpayer account officer",
                },
                "expected_days": 0,
                "online": True,
            },
            {
                "title": {
                    "rn": "Tanga ibaruwa isaba kandi uriha",
                    "fr": "Déposer la demande et payer",
                    "en": "Submit the request and pay",
                },
                "description": {
                    "rn": "Andika ibaruwa isaba icemezo ushizemwo NIF yawe, uriha 20 000 BIF muri banki, hanyuma ushikirize dosiye kuri OBR.",
                    "fr": "Rédigez une lettre de demande indiquant votre NIF, payez 20 000 BIF en banque et déposez le dossier à l'OBR.",
                    "en": "Write a request letter giving your NIF, pay 20,000 BIF at a bank and hand in the file at the OBR.",
                },
                "location": {
                    "rn": "Ibiro vya OBR i Bujumbura canke i Gitega",
                    "fr": "Bureau de l'OBR à Bujumbura ou à Gitega",
                    "en": "OBR office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi wa OBR yakira abasoreshwa",
                    "fr": "Agent d'accueil des contribuables",
                    "en": "Taxpayer reception officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Ja gufata icemezo",
                    "fr": "Retirer l'attestation",
                    "en": "Collect the certificate",
                },
                "description": {
                    "rn": "OBR irasuzuma konti yawe y'amakori, hanyuma ikaguha icemezo gishizweko umukono wa Komiseri abifitiye ububasha.",
                    "fr": "L'OBR contrôle votre compte fiscal puis délivre l'attestation signée par le commissaire compétent.",
                    "en": "The OBR checks your tax account, then issues the certificate signed by the competent commissioner.",
                },
                "location": {
                    "rn": "Ibiro vya OBR wasabiyeko",
                    "fr": "Bureau de l'OBR où la demande a été déposée",
                    "en": "OBR office where you applied",
                },
                "handled_by": {
                    "rn": "Komiseri ashinzwe amakori y'imbere mu gihugu",
                    "fr": "Commissaire des taxes internes",
                    "en": "Commissioner for Domestic Taxes",
                },
                "expected_days": 5,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ibaruwa isaba icemezo iriko NIF",
                    "fr": "Lettre de demande mentionnant le NIF",
                    "en": "Request letter stating the NIF",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo ca NIF",
                    "fr": "Attestation de NIF",
                    "en": "NIF certificate",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ivyemezo vy'iriha ry'amakori y'amezi 12 aheruka",
                    "fr": "Quittances des impôts payés sur les 12 derniers mois",
                    "en": "Tax payment receipts for the last 12 months",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu y'uwuserukira ishirahamwe",
                    "fr": "CNI du représentant légal de la société",
                    "en": "Identity card of the company's legal representative",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": {
                    "rn": "Ku ishirahamwe",
                    "fr": "Pour une personne morale",
                    "en": "For a company",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Icemezo c'uko utagira umwenda w'amakori",
                    "fr": "Attestation de non-redevabilité",
                    "en": "Tax clearance certificate",
                },
                "amount_bif": 20000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya OBR, wongere icemezo c'iriha muri dosiye.",
                    "fr": "Paiement en banque agréée sur le compte de l'OBR ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the OBR account; add the slip to your file.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Hari amakori canke amahadabu utarariha.",
                "fr": "Des impôts ou pénalités restent impayés.",
                "en": "Some taxes or penalties are still unpaid.",
            },
            {
                "rn": "Hari imenyekanisha ry'amakori utatanze mu gihe cagenywe.",
                "fr": "Une ou plusieurs déclarations n'ont pas été déposées.",
                "en": "One or more tax returns have not been filed.",
            },
            {
                "rn": "NIF yanditswe mu ibaruwa ntihuye n'izina ry'uwusaba.",
                "fr": "Le NIF indiqué ne correspond pas au nom du demandeur.",
                "en": "The NIF given does not match the applicant's name.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/07 du 24 novembre 2020 relative aux procédures fiscales et non fiscales",
                "title": {
                    "rn": "Itegeko rigenga ingingo zijanye n'amakori n'ayandi mafaranga ya Leta",
                    "fr": "Loi relative aux procédures fiscales et non fiscales",
                    "en": "Law on tax and non-tax procedures",
                },
                "article": "Art. 38",
                "date": "2020-11-24",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/04 du 29 janvier 2018 portant Code des marchés publics du Burundi",
                "title": {
                    "rn": "Igitabu c'amategeko agenga amasoko ya Leta mu Burundi",
                    "fr": "Code des marchés publics du Burundi",
                    "en": "Public Procurement Code of Burundi",
                },
                "article": "Art. 68",
                "date": "2018-01-29",
                "url": "",
            },
        ],
    },
]
