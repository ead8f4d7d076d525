# SAMPLE CONTENT for the Isôko demo. Kirundi text awaits review by a native speaker.
"""Demo procedures, part D: business registration and land transport."""

PROCEDURES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "company-registration",
        "institution": "adb",
        "themes": ["business"],
        "offices": ["adb-bujumbura"],
        "title": {
            "rn": "Kwandikisha ishirahamwe ry'ubudandaji mu gitabo c'urudandaza",
            "fr": "Immatriculation d'une entreprise au registre du commerce",
            "en": "Registering a company in the trade register",
        },
        "summary": {
            "rn": "Ibiro rudende vya ADB vyandika ishirahamwe ryawe mu gitabo c'urudandaza kandi bikaguha icarimwe inomero y'umusoreshwa (NIF). Vyose bikorerwa ahantu hamwe mu misi mikeyi.",
            "fr": "Le guichet unique de l'ADB inscrit votre entreprise au registre du commerce et vous remet en même temps votre numéro d'identification fiscale (NIF). Tout se fait au même endroit en quelques jours.",
            "en": "The ADB one-stop shop enters your company in the trade register and gives you your tax identification number (NIF) at the same time. Everything is done in one place within a few days.",
        },
        "eligibility": {
            "rn": "Umuntu wese ashikije imyaka 18, Umurundi canke umunyamahanga aba mu Burundi mu buryo bwemewe n'amategeko, ashaka gukora urudandaza ku giti cakwe canke gushinga ishirahamwe.",
            "fr": "Toute personne majeure, burundaise ou étrangère en séjour régulier, qui veut exercer une activité commerciale en nom propre ou créer une société.",
            "en": "Any adult, Burundian or foreigner legally resident, who wants to trade in their own name or set up a company.",
        },
        "validity": {
            "rn": "Icemezo co kwandikwa ntigifise igihe kirangiriramwo, igihe cose ishirahamwe rikiriko rirakora.",
            "fr": "Sans limite de durée tant que l'entreprise est en activité.",
            "en": "No expiry as long as the business is active.",
        },
        "renewal": {
            "rn": "Nta kuvugurura gukenewe. Iyo hari ibihindutse (izina, icicaro, uwuhagarariye ishirahamwe canke imari ntangura), bimenyeshe ADB mu kwezi kumwe kugira igitabo gihindurwe.",
            "fr": "Aucun renouvellement. Tout changement (dénomination, siège, gérant, capital) doit être déclaré à l'ADB dans le mois pour modifier le registre.",
            "en": "No renewal needed. Report any change (name, registered office, manager, capital) to the ADB within one month so the register is updated.",
        },
        "if_lost": {
            "rn": "Saba kopi y'icemezo co kwandikwa ku biro rudende vya ADB, witwaje ikarata karangamuntu yawe n'inomero ishirahamwe ryanditsweko.",
            "fr": "Demandez un duplicata du certificat d'immatriculation au guichet de l'ADB, avec votre CNI et le numéro d'immatriculation.",
            "en": "Ask the ADB one-stop shop for a duplicate registration certificate, bringing your identity card and the registration number.",
        },
        "recourse": {
            "rn": "Andikira Umuyobozi mukuru wa ADB ibaruwa yo gutakamba mu misi 30. Iyo inyishu itakunyuze, ushobora kuregera Sentare y'urudandaza.",
            "fr": "Adressez un recours écrit au Directeur général de l'ADB dans les 30 jours. Si la réponse ne vous satisfait pas, saisissez le tribunal de commerce.",
            "en": "Send a written appeal to the ADB Director General within 30 days. If the answer does not satisfy you, go to the commercial court.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Tegura amategeko ngenderwako y'ishirahamwe",
                    "fr": "Préparer les statuts de la société",
                    "en": "Prepare the company statutes",
                },
                "description": {
                    "rn": "Ku mashirahamwe (SPRL, SA), andika amategeko ngenderwako, maze abanywanyi bose bayashireko umukono imbere ya noteri. Umudandaji ku giti cakwe arasimba iyi ntambwe.",
                    "fr": "Pour une société (SPRL, SA), rédigez les statuts et faites-les signer par tous les associés devant notaire. L'entrepreneur individuel passe cette étape.",
                    "en": "For a company (SPRL, SA), draw up the statutes and have all partners sign them before a notary. A sole trader skips this step.",
                },
                "location": {
                    "rn": "Ibiro vya noteri",
                    "fr": "Étude du notaire",
                    "en": "Notary's office",
                },
                "handled_by": {
                    "rn": "Noteri",
                    "fr": "Notaire",
                    "en": "Notary",
                },
                "expected_days": 2,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye kandi uriheko amafaranga",
                    "fr": "Déposer le dossier et payer les frais",
                    "en": "Submit the file and pay the fees",
                },
                "description": {
                    "rn": "Zana urupapuro ADB-RC-01 rwujujwe n'izindi mpapuro zose ku biro rudende vya ADB, maze uriheko amafaranga kuri konti werekanywe.",
                    "fr": "Déposez le formulaire ADB-RC-01 rempli et toutes les pièces au guichet unique de l'ADB, puis payez les frais sur le compte indiqué.",
                    "en": "Hand in the completed ADB-RC-01 form and all documents at the ADB one-stop shop, then pay the fees into the account given.",
                },
                "location": {
                    "rn": "Ibiro rudende vya ADB i Bujumbura",
                    "fr": "Guichet unique de l'ADB à Bujumbura",
                    "en": "ADB one-stop shop in Bujumbura",
                },
                "handled_by": {
                    "rn": "Umukozi wa ADB yakira amadosiye",
                    "fr": "Agent d'accueil des dossiers de l'ADB",
                    "en": "ADB file reception officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Fata icemezo co kwandikwa na NIF",
                    "fr": "Retirer le certificat d'immatriculation et le NIF",
                    "en": "Collect the registration certificate and NIF",
                },
                "description": {
                    "rn": "Garuka ku musi wabwiwe ufate icemezo co kwandikwa mu gitabo c'urudandaza hamwe n'inomero y'umusoreshwa (NIF).",
                    "fr": "Revenez à la date indiquée pour retirer le certificat d'immatriculation au registre du commerce et votre NIF.",
                    "en": "Come back on the date given to collect the trade register certificate and your NIF.",
                },
                "location": {
                    "rn": "Ibiro rudende vya ADB i Bujumbura",
                    "fr": "Guichet unique de l'ADB à Bujumbura",
                    "en": "ADB one-stop shop in Bujumbura",
                },
                "handled_by": {
                    "rn": "Umwanditsi w'igitabo c'urudandaza",
                    "fr": "Préposé au registre du commerce",
                    "en": "Trade register officer",
                },
                "expected_days": 3,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo kwandikisha ishirahamwe rwujujwe",
                    "fr": "Formulaire d'immatriculation d'entreprise rempli",
                    "en": "Completed company registration form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "ADB-RC-01",
            },
            {
                "name": {
                    "rn": "Kopi y'ikarata karangamuntu y'uwuhagarariye ishirahamwe n'iy'abanywanyi bose",
                    "fr": "Copie de la CNI du gérant et de chaque associé",
                    "en": "Copy of the identity card of the manager and of each partner",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Amategeko ngenderwako y'ishirahamwe yemejwe na noteri",
                    "fr": "Statuts notariés de la société",
                    "en": "Notarised company statutes",
                },
                "originals": 1, "copies": 2, "certified": True,
                "condition": {
                    "rn": "Ku mashirahamwe (SPRL, SA...), atari ku mudandaji ku giti cakwe",
                    "fr": "Pour les sociétés (SPRL, SA...), pas pour l'entreprise individuelle",
                    "en": "For companies (SPRL, SA...), not for sole traders",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Amasezerano y'ubukode canke icemezo c'uko inzu y'icicaro ari iyawe",
                    "fr": "Contrat de bail ou titre de propriété du siège",
                    "en": "Lease or title deed for the business premises",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kwandikwa mu gitabo c'urudandaza",
                    "fr": "Immatriculation au registre du commerce",
                    "en": "Entry in the trade register",
                },
                "amount_bif": 40000,
                "payment": {
                    "rn": "Riha muri banki iri mu biro rudende vya ADB, maze uzane icemezo c'iriha ku mukozi yakira amadosiye.",
                    "fr": "Paiement au guichet bancaire installé au guichet unique de l'ADB ; remettez le bordereau à l'agent d'accueil.",
                    "en": "Pay at the bank counter inside the ADB one-stop shop and hand the slip to the reception officer.",
                },
            },
            {
                "label": {
                    "rn": "Gusohora amategeko ngenderwako mu kinyamakuru ca Leta (BOB)",
                    "fr": "Publication des statuts au Bulletin officiel du Burundi (BOB)",
                    "en": "Publication of the statutes in the Official Bulletin of Burundi (BOB)",
                },
                "amount_bif": 25000,
                "payment": {
                    "rn": "Ku mashirahamwe gusa; riha ku biro rudende vya ADB hamwe n'amafaranga yo kwandikwa.",
                    "fr": "Pour les sociétés seulement ; payable au guichet de l'ADB avec les frais d'immatriculation.",
                    "en": "Companies only; paid at the ADB one-stop shop together with the registration fee.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Izina ry'ishirahamwe risanzwe ryanditswe n'irindi shirahamwe.",
                "fr": "La dénomination est déjà enregistrée par une autre entreprise.",
                "en": "The company name is already registered by another business.",
            },
            {
                "rn": "Amategeko ngenderwako ntiyemejwe na noteri canke abanywanyi bamwe ntibayashizeko umukono.",
                "fr": "Statuts non notariés ou non signés par tous les associés.",
                "en": "Statutes not notarised or not signed by all partners.",
            },
            {
                "rn": "Ikarata karangamuntu y'uwuhagarariye ishirahamwe yararangiye canke ntiyatanzwe.",
                "fr": "CNI du gérant expirée ou absente du dossier.",
                "en": "The manager's identity card is expired or missing.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/09 du 30 mai 2011 portant Code des sociétés privées et à participation publique",
                "title": {
                    "rn": "Igitabo c'amategeko agenga amashirahamwe y'abikorera n'ayo Leta ifisemwo imigabane",
                    "fr": "Code des sociétés privées et à participation publique",
                    "en": "Code of private and publicly owned companies",
                },
                "article": "Art. 17",
                "date": "2011-05-30",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/07 du 26 avril 2010 portant Code de commerce",
                "title": {
                    "rn": "Igitabo c'amategeko y'urudandaza",
                    "fr": "Code de commerce",
                    "en": "Commercial Code",
                },
                "article": "Art. 32",
                "date": "2010-04-26",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "driving-licence",
        "institution": "transport-directorate",
        "themes": ["transport"],
        "offices": ["transport-bujumbura", "transport-gitega"],
        "title": {
            "rn": "Kuronka uruhusha rwo gutwara ibinyabiziga (perimi)",
            "fr": "Obtenir le permis de conduire",
            "en": "Getting a driving licence",
        },
        "summary": {
            "rn": "Uruhusha rwo gutwara ibinyabiziga rutangwa n'Ubuyobozi bukuru bw'ubwikorezi bwo ku butaka umaze gutsinda ikizamini c'amategeko y'ibarabara n'ic'ugutwara nyezina. Ni rwo rwonyene rukwemerera gutwara ikinyabiziga mu mabarabara y'Uburundi.",
            "fr": "Le permis de conduire est délivré par la DGTT après réussite de l'examen théorique (code de la route) et de l'examen pratique. Il est obligatoire pour conduire sur les routes du Burundi.",
            "en": "The driving licence is issued by the DGTT once you pass the theory test (highway code) and the practical test. You must hold it to drive on Burundi's roads.",
        },
        "eligibility": {
            "rn": "Umuntu wese ashikije imyaka 18 (imyaka 21 ku bwoko C na D), afise amagara meza kandi yize mw'ishure ryo kwiga gutwara ryemewe.",
            "fr": "Toute personne d'au moins 18 ans (21 ans pour les catégories C et D), médicalement apte et formée dans une auto-école agréée.",
            "en": "Anyone aged 18 or over (21 for categories C and D), medically fit and trained at an approved driving school.",
        },
        "validity": {
            "rn": "Uruhusha rumara imyaka 10 ku bwoko A na B, n'imyaka 5 ku bwoko C na D.",
            "fr": "Valable 10 ans pour les catégories A et B, 5 ans pour les catégories C et D.",
            "en": "Valid 10 years for categories A and B, 5 years for categories C and D.",
        },
        "renewal": {
            "rn": "Rusubiriremwo imbere y'uko rurangira, ukurikije inzira yo kuvugurura uruhusha; nta kizamini usubiramwo.",
            "fr": "Renouvelez-le avant l'expiration selon la procédure de renouvellement du permis, sans repasser les examens.",
            "en": "Renew it before it expires through the licence renewal procedure, without retaking the tests.",
        },
        "if_lost": {
            "rn": "Bimenyeshe igipolisi uronke icemezo c'uko rwazimiye, hanyuma usabe ku biro vy'ubwikorezi urundi ruhusha rusubirira urwazimiye.",
            "fr": "Déclarez la perte à la police, puis demandez un duplicata à la DGTT en présentant l'attestation de perte.",
            "en": "Report the loss to the police, then ask the DGTT for a duplicate, showing the loss certificate.",
        },
        "recourse": {
            "rn": "Iyo utsinzwe ikizamini, urashobora kugisubiramwo inyuma y'imisi 15. Ku yindi mpamvu yo kwankirwa, andikira Umuyobozi mukuru w'ubwikorezi bwo ku butaka mu misi 30.",
            "fr": "En cas d'échec, vous pouvez repasser l'examen après 15 jours. Pour tout autre refus, écrivez au Directeur général des transports terrestres dans les 30 jours.",
            "en": "If you fail, you may retake the test after 15 days. For any other refusal, write to the Director General of Land Transport within 30 days.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Iyandikishe mu bizamini",
                    "fr": "S'inscrire aux examens",
                    "en": "Register for the tests",
                },
                "description": {
                    "rn": "Uzuza urupapuro DGT-PC-01 umaze kwiga mw'ishure ryo kwiga gutwara, urushikirize n'izindi mpapuro maze uriheko amafaranga y'ibizamini.",
                    "fr": "Après l'auto-école, remplissez le formulaire DGT-PC-01, déposez-le avec les pièces et payez les frais d'examen.",
                    "en": "After driving school, fill in form DGT-PC-01, hand it in with the documents and pay the test fee.",
                },
                "location": {
                    "rn": "Ibiro vy'ubwikorezi bwo ku butaka i Bujumbura canke i Gitega",
                    "fr": "DGTT à Bujumbura ou à Gitega",
                    "en": "Land transport office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi yakira amadosiye",
                    "fr": "Agent d'accueil des dossiers",
                    "en": "File reception officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Kora ikizamini c'amategeko y'ibarabara",
                    "fr": "Passer l'examen théorique",
                    "en": "Take the theory test",
                },
                "description": {
                    "rn": "Ishura ibibazo vyerekeye amategeko y'ibarabara n'ibimenyetso vyo mu mabarabara. Niwatsinda, urahabwa itariki y'ikizamini c'ugutwara nyezina.",
                    "fr": "Répondez aux questions sur le code de la route et la signalisation. En cas de réussite, vous recevez une date pour l'examen pratique.",
                    "en": "Answer questions on the highway code and road signs. If you pass, you get a date for the practical test.",
                },
                "location": {
                    "rn": "Icumba c'ibizamini ku biro vy'ubwikorezi",
                    "fr": "Salle d'examen de la DGTT",
                    "en": "Test room at the land transport office",
                },
                "handled_by": {
                    "rn": "Umugenzuzi w'ibizamini vy'uruhusha",
                    "fr": "Examinateur du permis de conduire",
                    "en": "Driving test examiner",
                },
                "expected_days": 7,
            },
            {
                "title": {
                    "rn": "Kora ikizamini c'ugutwara, hanyuma ufate uruhusha",
                    "fr": "Passer l'examen pratique et retirer le permis",
                    "en": "Take the practical test and collect the licence",
                },
                "description": {
                    "rn": "Twara ikinyabiziga imbere y'umugenzuzi. Niwatsinda, riha amafaranga y'ikarata y'uruhusha maze ugaruke kuyifata witwaje ikarata karangamuntu.",
                    "fr": "Conduisez devant l'examinateur. En cas de réussite, payez la carte du permis et revenez la retirer avec votre CNI.",
                    "en": "Drive in front of the examiner. If you pass, pay for the licence card and come back with your identity card to collect it.",
                },
                "location": {
                    "rn": "Ikibuga c'ibizamini n'ibiro vy'ubwikorezi",
                    "fr": "Piste d'examen et bureau de la DGTT",
                    "en": "Test track and land transport office",
                },
                "handled_by": {
                    "rn": "Umugenzuzi w'ibizamini n'umukozi atanga impusha",
                    "fr": "Examinateur et agent de délivrance des permis",
                    "en": "Examiner and licence issuing officer",
                },
                "expected_days": 14,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba uruhusha rwo gutwara rwujujwe",
                    "fr": "Formulaire de demande de permis de conduire rempli",
                    "en": "Completed driving licence application form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "DGT-PC-01",
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
                    "rn": "Icemezo c'umuganga cerekana ko ubona neza kandi ufise amagara meza",
                    "fr": "Certificat médical d'aptitude (vue comprise)",
                    "en": "Medical fitness certificate, including eyesight",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'ishure ryo kwiga gutwara ryemewe",
                    "fr": "Attestation de formation d'une auto-école agréée",
                    "en": "Training certificate from an approved driving school",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Ibizamini vy'uruhusha (amategeko n'ugutwara)",
                    "fr": "Examens du permis (théorique et pratique)",
                    "en": "Licence tests (theory and practical)",
                },
                "amount_bif": 30000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti y'Ubuyobozi bukuru bw'ubwikorezi, maze uzane icemezo c'iriha igihe wiyandikisha.",
                    "fr": "Paiement en banque agréée sur le compte de la DGTT ; joignez le bordereau à l'inscription.",
                    "en": "Pay at an approved bank into the DGTT account and bring the slip when you register.",
                },
            },
            {
                "label": {
                    "rn": "Ikarata y'uruhusha rwo gutwara",
                    "fr": "Carte du permis de conduire",
                    "en": "Driving licence card",
                },
                "amount_bif": 100000,
                "payment": {
                    "rn": "Riha muri banki yemewe umaze gutsinda ibizamini, hanyuma werekane icemezo c'iriha ku biro vy'ubwikorezi.",
                    "fr": "À payer en banque agréée après réussite des examens ; présentez le bordereau à la DGTT.",
                    "en": "Pay at an approved bank after passing the tests and show the slip at the land transport office.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Uwusaba yatsinzwe ikizamini c'amategeko y'ibarabara canke ic'ugutwara.",
                "fr": "Échec à l'examen théorique ou pratique.",
                "en": "The applicant failed the theory or practical test.",
            },
            {
                "rn": "Icemezo c'umuganga cerekana ko atabona neza canke adashoboye gutwara.",
                "fr": "Le certificat médical conclut à une inaptitude, notamment visuelle.",
                "en": "The medical certificate finds the applicant unfit, for example poor eyesight.",
            },
            {
                "rn": "Uwusaba ntarashika imyaka isabwa ku bwoko bw'uruhusha asaba.",
                "fr": "Le demandeur n'a pas l'âge requis pour la catégorie demandée.",
                "en": "The applicant is under the minimum age for the category requested.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Décret-loi n°1/23 du 26 juillet 1988 portant Code de la route",
                "title": {
                    "rn": "Igitabo c'amategeko y'ibarabara",
                    "fr": "Code de la route",
                    "en": "Highway Code",
                },
                "article": "Art. 52",
                "date": "1988-07-26",
                "url": "",
            },
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°730/1125 du 14 août 2019",
                "title": {
                    "rn": "Itegeko rya Minisitiri rigena ingene impusha zo gutwara ibinyabiziga zitangwa",
                    "fr": "Ordonnance fixant les modalités de délivrance du permis de conduire",
                    "en": "Ordinance on the issuing of driving licences",
                },
                "article": "Art. 4",
                "date": "2019-08-14",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "driving-licence-renewal",
        "institution": "transport-directorate",
        "themes": ["transport"],
        "offices": ["transport-bujumbura", "transport-gitega"],
        "title": {
            "rn": "Kuvugurura uruhusha rwo gutwara ibinyabiziga",
            "fr": "Renouvellement du permis de conduire",
            "en": "Renewing a driving licence",
        },
        "summary": {
            "rn": "Iyo uruhusha rwawe rugiye kurangira, rusubiriremwo ku biro vy'ubwikorezi udasubiye gukora ibizamini. Ukeneye gusa icemezo gishasha c'umuganga.",
            "fr": "Quand votre permis arrive à expiration, renouvelez-le à la DGTT sans repasser les examens. Il suffit d'un certificat médical récent.",
            "en": "When your licence is about to expire, renew it at the land transport office without retaking the tests. You only need a recent medical certificate.",
        },
        "eligibility": {
            "rn": "Uwufise uruhusha rw'Uburundi rurangiye canke rusigaje amezi 3 ngo rurangire. Iyo rumaze imyaka irenga 2 rurangiye, urasabwa gusubira gukora ikizamini c'ugutwara.",
            "fr": "Tout titulaire d'un permis burundais expiré ou expirant dans les 3 mois. Au-delà de 2 ans après l'expiration, l'examen pratique doit être repassé.",
            "en": "Any holder of a Burundian licence that has expired or expires within 3 months. More than 2 years after expiry, the practical test must be retaken.",
        },
        "validity": {
            "rn": "Uruhusha rushasha rumara imyaka 10 ku bwoko A na B, n'imyaka 5 ku bwoko C na D.",
            "fr": "Le nouveau permis est valable 10 ans (catégories A et B) ou 5 ans (catégories C et D).",
            "en": "The new licence is valid 10 years (categories A and B) or 5 years (categories C and D).",
        },
        "renewal": {
            "rn": "Subira ukurikize iyi nzira nyene igihe uruhusha rushasha rugiye kurangira.",
            "fr": "Suivez de nouveau cette procédure à l'approche de l'expiration du nouveau permis.",
            "en": "Follow this same procedure again when the new licence is about to expire.",
        },
        "if_lost": {
            "rn": "Iyo uruhusha rwa kera rwazimiye imbere yo kuruvugurura, zana mu kibanza carwo icemezo c'igipolisi c'uko rwazimiye.",
            "fr": "Si l'ancien permis a été perdu avant le renouvellement, joignez à sa place l'attestation de perte délivrée par la police.",
            "en": "If the old licence was lost before renewal, bring the police loss certificate in its place.",
        },
        "recourse": {
            "rn": "Andikira Umuyobozi mukuru w'ubwikorezi bwo ku butaka ibaruwa yo gutakamba mu misi 30. Iyo atishuye, ushobora gutakambira Minisitiri ashinzwe ubwikorezi.",
            "fr": "Adressez un recours écrit au Directeur général des transports terrestres dans les 30 jours. Sans réponse, saisissez le ministre chargé des transports.",
            "en": "Send a written appeal to the Director General of Land Transport within 30 days. If there is no answer, appeal to the Minister in charge of transport.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Ja kwa muganga",
                    "fr": "Passer la visite médicale",
                    "en": "Get a medical check-up",
                },
                "description": {
                    "rn": "Saba umuganga yemewe agusuzume amaso n'amagara, maze aguhe icemezo kitarengeje amezi 3.",
                    "fr": "Faites-vous examiner (vue et santé générale) par un médecin agréé, qui vous remet un certificat de moins de 3 mois.",
                    "en": "Have an approved doctor check your eyesight and general health and give you a certificate less than 3 months old.",
                },
                "location": {
                    "rn": "Ivuriro canke ibitaro vyemewe",
                    "fr": "Centre de santé ou hôpital agréé",
                    "en": "Approved health centre or hospital",
                },
                "handled_by": {
                    "rn": "Umuganga",
                    "fr": "Médecin",
                    "en": "Doctor",
                },
                "expected_days": 1,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye kandi uriheko amafaranga",
                    "fr": "Déposer le dossier et payer",
                    "en": "Submit the file and pay",
                },
                "description": {
                    "rn": "Zana urupapuro DGT-PC-01 rwujujwe (wandikeko ko ari ukuvugurura), uruhusha rwa kera n'icemezo c'umuganga, hamwe n'icemezo c'iriha rya banki.",
                    "fr": "Déposez le formulaire DGT-PC-01 (cochez « renouvellement »), l'ancien permis, le certificat médical et le bordereau de paiement.",
                    "en": "Hand in form DGT-PC-01 (tick \"renewal\"), the old licence, the medical certificate and the bank payment slip.",
                },
                "location": {
                    "rn": "Ibiro vy'ubwikorezi bwo ku butaka i Bujumbura canke i Gitega",
                    "fr": "DGTT à Bujumbura ou à Gitega",
                    "en": "Land transport office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi yakira amadosiye",
                    "fr": "Agent d'accueil des dossiers",
                    "en": "File reception officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Fata uruhusha rushasha",
                    "fr": "Retirer le nouveau permis",
                    "en": "Collect the new licence",
                },
                "description": {
                    "rn": "Garuka ku musi wabwiwe witwaje ikarata karangamuntu. Uruhusha rwa kera rugumana n'ibiro vy'ubwikorezi.",
                    "fr": "Revenez à la date indiquée avec votre CNI. L'ancien permis est conservé par la DGTT.",
                    "en": "Come back on the date given with your identity card. The old licence is kept by the DGTT.",
                },
                "location": {
                    "rn": "Ibiro vy'ubwikorezi wasabiyeko",
                    "fr": "Bureau de la DGTT où la demande a été déposée",
                    "en": "Land transport office where you applied",
                },
                "handled_by": {
                    "rn": "Umukozi atanga impusha",
                    "fr": "Agent de délivrance des permis",
                    "en": "Licence issuing officer",
                },
                "expected_days": 7,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro DGT-PC-01 rwujujwe, rwerekana ko ari ukuvugurura",
                    "fr": "Formulaire DGT-PC-01 rempli, mention « renouvellement »",
                    "en": "Completed form DGT-PC-01 marked \"renewal\"",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "DGT-PC-01",
            },
            {
                "name": {
                    "rn": "Uruhusha rwo gutwara rwa kera",
                    "fr": "Ancien permis de conduire",
                    "en": "Old driving licence",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'umuganga kitarengeje amezi 3",
                    "fr": "Certificat médical de moins de 3 mois",
                    "en": "Medical certificate less than 3 months old",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'igipolisi c'uko uruhusha rwazimiye",
                    "fr": "Attestation de perte délivrée par la police",
                    "en": "Police loss certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo uruhusha rwa kera rwazimiye",
                    "fr": "Si l'ancien permis a été perdu",
                    "en": "If the old licence was lost",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kuvugurura uruhusha rwo gutwara",
                    "fr": "Renouvellement du permis de conduire",
                    "en": "Driving licence renewal",
                },
                "amount_bif": 60000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti y'Ubuyobozi bukuru bw'ubwikorezi, maze wongere icemezo c'iriha kuri dosiye.",
                    "fr": "Paiement en banque agréée sur le compte de la DGTT ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the DGTT account and add the slip to your file.",
                },
            },
            {
                "label": {
                    "rn": "Ihazabu ry'ugutinda (uruhusha rumaze amezi arenga 3 rurangiye)",
                    "fr": "Pénalité de retard (permis expiré depuis plus de 3 mois)",
                    "en": "Late penalty (licence expired more than 3 months ago)",
                },
                "amount_bif": 20000,
                "payment": {
                    "rn": "Riha muri banki hamwe n'amafaranga yo kuvugurura, ku cemezo c'iriha kimwe.",
                    "fr": "À payer en banque avec les frais de renouvellement, sur le même bordereau.",
                    "en": "Paid at the bank with the renewal fee, on the same slip.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Icemezo c'umuganga kirengeje amezi 3 canke cerekana ko udashoboye gutwara.",
                "fr": "Certificat médical de plus de 3 mois ou concluant à une inaptitude.",
                "en": "Medical certificate older than 3 months or finding you unfit.",
            },
            {
                "rn": "Uruhusha rwarafatiriwe canke rwakuweho na sentare canke n'igipolisi.",
                "fr": "Le permis a été suspendu ou retiré par un tribunal ou par la police.",
                "en": "The licence has been suspended or withdrawn by a court or the police.",
            },
            {
                "rn": "Uruhusha rumaze imyaka irenga 2 rurangiye kandi nturasubira gukora ikizamini c'ugutwara.",
                "fr": "Permis expiré depuis plus de 2 ans sans nouvel examen pratique.",
                "en": "Licence expired more than 2 years ago and the practical test was not retaken.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Décret-loi n°1/23 du 26 juillet 1988 portant Code de la route",
                "title": {
                    "rn": "Igitabo c'amategeko y'ibarabara",
                    "fr": "Code de la route",
                    "en": "Highway Code",
                },
                "article": "Art. 58",
                "date": "1988-07-26",
                "url": "",
            },
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°730/1125 du 14 août 2019",
                "title": {
                    "rn": "Itegeko rya Minisitiri rigena ingene impusha zo gutwara ibinyabiziga zitangwa",
                    "fr": "Ordonnance fixant les modalités de délivrance du permis de conduire",
                    "en": "Ordinance on the issuing of driving licences",
                },
                "article": "Art. 11",
                "date": "2019-08-14",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "vehicle-technical-inspection",
        "institution": "transport-directorate",
        "themes": ["transport"],
        "offices": ["transport-bujumbura", "transport-gitega"],
        "title": {
            "rn": "Isuzuma ry'ikinyabiziga (kontorore tekiniki)",
            "fr": "Contrôle technique d'un véhicule",
            "en": "Vehicle technical inspection",
        },
        "summary": {
            "rn": "Ikinyabiziga cose kigenda mu mabarabara gitegerezwa gusuzumwa buri gihe kugira harabwe ko feri, amatara n'amapine bimeze neza. Iyo gitsinze, uhabwa icemezo n'akamenyetso ko gufatisha ku kirahure.",
            "fr": "Tout véhicule circulant sur la voie publique doit passer un contrôle technique périodique (freins, éclairage, pneus...). S'il est conforme, vous recevez un certificat et une vignette à coller sur le pare-brise.",
            "en": "Every vehicle on public roads must be inspected regularly to check brakes, lights and tyres. If it passes, you get a certificate and a sticker for the windscreen.",
        },
        "eligibility": {
            "rn": "Nyen'ikinyabiziga canditswe mu Burundi, canke uwo yarungitse afise ikarata y'ikinyabiziga.",
            "fr": "Le propriétaire d'un véhicule immatriculé au Burundi, ou la personne qu'il envoie avec la carte grise.",
            "en": "The owner of a vehicle registered in Burundi, or a person they send with the registration card.",
        },
        "validity": {
            "rn": "Icemezo kimara umwaka umwe ku modoka z'abantu ku giti cabo, n'amezi 6 ku binyabiziga bitwara abagenzi canke ibidandazwa.",
            "fr": "Valable 1 an pour les véhicules particuliers et 6 mois pour les véhicules de transport de personnes ou de marchandises.",
            "en": "Valid 1 year for private cars and 6 months for passenger or goods transport vehicles.",
        },
        "renewal": {
            "rn": "Subiza ikinyabiziga mw'isuzuma imbere y'uko itariki yanditswe ku cemezo ishika.",
            "fr": "Présentez de nouveau le véhicule au contrôle avant la date d'échéance inscrite sur le certificat.",
            "en": "Bring the vehicle back for inspection before the expiry date on the certificate.",
        },
        "if_lost": {
            "rn": "Saba kopi y'icemezo ku biro vy'ubwikorezi, witwaje ikarata y'ikinyabiziga n'icemezo c'igipolisi c'uko cazimiye.",
            "fr": "Demandez un duplicata du certificat à la DGTT avec la carte grise et l'attestation de perte de la police.",
            "en": "Ask the land transport office for a duplicate certificate, bringing the registration card and the police loss certificate.",
        },
        "recourse": {
            "rn": "Iyo ikinyabiziga cankiwe, sanura ivyasabwe maze ugisubize mw'isuzuma mu misi 15. Iyo utemera ivyavuye mw'isuzuma, andikira Umuyobozi mukuru w'ubwikorezi bwo ku butaka.",
            "fr": "En cas de refus, faites les réparations demandées et présentez le véhicule à la contre-visite dans les 15 jours. Si vous contestez le résultat, écrivez au Directeur général des transports terrestres.",
            "en": "If the vehicle fails, make the required repairs and bring it back for a re-inspection within 15 days. If you dispute the result, write to the Director General of Land Transport.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Riha amafaranga y'isuzuma",
                    "fr": "Payer les frais de contrôle",
                    "en": "Pay the inspection fee",
                },
                "description": {
                    "rn": "Riha muri banki yemewe amafaranga ahuye n'ubwoko bw'ikinyabiziga cawe, maze ubike icemezo c'iriha.",
                    "fr": "Payez en banque agréée le montant correspondant à la catégorie de votre véhicule et gardez le bordereau.",
                    "en": "Pay the amount for your vehicle category at an approved bank and keep the slip.",
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
                    "rn": "Zana ikinyabiziga mw'isuzuma",
                    "fr": "Présenter le véhicule au contrôle",
                    "en": "Bring the vehicle for inspection",
                },
                "description": {
                    "rn": "Zana ikinyabiziga n'impapuro zaco. Abatekinisiye barasuzuma feri, amatara, amapine, ibirahure n'umwotsi usohoka.",
                    "fr": "Amenez le véhicule avec ses papiers. Les techniciens vérifient freins, éclairage, pneus, vitrage et émissions.",
                    "en": "Bring the vehicle and its papers. Technicians check the brakes, lights, tyres, windows and exhaust emissions.",
                },
                "location": {
                    "rn": "Ikigo c'isuzuma ry'ibinyabiziga i Bujumbura canke i Gitega",
                    "fr": "Centre de contrôle technique de Bujumbura ou de Gitega",
                    "en": "Inspection centre in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umutekinisiye asuzuma ibinyabiziga",
                    "fr": "Technicien contrôleur",
                    "en": "Inspection technician",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Fata icemezo n'akamenyetso",
                    "fr": "Recevoir le certificat et la vignette",
                    "en": "Receive the certificate and sticker",
                },
                "description": {
                    "rn": "Iyo ikinyabiziga gitsinze, uhabwa icemezo c'isuzuma n'akamenyetso ko gufatisha ku kirahure c'imbere uwo musi nyene.",
                    "fr": "Si le véhicule est conforme, le certificat et la vignette à coller sur le pare-brise vous sont remis le jour même.",
                    "en": "If the vehicle passes, you receive the certificate and windscreen sticker the same day.",
                },
                "location": {
                    "rn": "Ikigo c'isuzuma ry'ibinyabiziga",
                    "fr": "Centre de contrôle technique",
                    "en": "Inspection centre",
                },
                "handled_by": {
                    "rn": "Umukuru w'ikigo c'isuzuma",
                    "fr": "Chef du centre de contrôle",
                    "en": "Head of the inspection centre",
                },
                "expected_days": 0,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ikarata y'iyandikwa ry'ikinyabiziga (carte rose)",
                    "fr": "Carte d'immatriculation du véhicule (carte rose)",
                    "en": "Vehicle registration card (carte rose)",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'ubwishingizi bw'ikinyabiziga kitararangira",
                    "fr": "Attestation d'assurance du véhicule en cours de validité",
                    "en": "Valid vehicle insurance certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha ry'amafaranga y'isuzuma",
                    "fr": "Bordereau de paiement des frais de contrôle",
                    "en": "Inspection fee payment slip",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'isuzuma giheruka",
                    "fr": "Dernier certificat de contrôle technique",
                    "en": "Previous inspection certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo ikinyabiziga casuzumwe kera",
                    "fr": "Si le véhicule a déjà été contrôlé",
                    "en": "If the vehicle has been inspected before",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Isuzuma ry'imodoka ntoya (itarenza toni 3,5)",
                    "fr": "Contrôle d'un véhicule léger (3,5 tonnes au plus)",
                    "en": "Inspection of a light vehicle (up to 3.5 tonnes)",
                },
                "amount_bif": 60000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti y'Ubuyobozi bukuru bw'ubwikorezi, maze werekane icemezo c'iriha ku kigo c'isuzuma.",
                    "fr": "Paiement en banque agréée sur le compte de la DGTT ; présentez le bordereau au centre de contrôle.",
                    "en": "Pay at an approved bank into the DGTT account and show the slip at the inspection centre.",
                },
            },
            {
                "label": {
                    "rn": "Isuzuma ry'ikamyo canke bisi",
                    "fr": "Contrôle d'un camion ou d'un bus",
                    "en": "Inspection of a lorry or bus",
                },
                "amount_bif": 100000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti y'Ubuyobozi bukuru bw'ubwikorezi, maze werekane icemezo c'iriha ku kigo c'isuzuma.",
                    "fr": "Paiement en banque agréée sur le compte de la DGTT ; présentez le bordereau au centre de contrôle.",
                    "en": "Pay at an approved bank into the DGTT account and show the slip at the inspection centre.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Feri, amatara canke amapine ntibimeze neza.",
                "fr": "Freins, éclairage ou pneus défectueux.",
                "en": "Faulty brakes, lights or tyres.",
            },
            {
                "rn": "Ikinyabiziga nticishingiwe canke ubwishingizi bwaco bwararangiye.",
                "fr": "Véhicule non assuré ou assurance expirée.",
                "en": "Vehicle uninsured or insurance expired.",
            },
            {
                "rn": "Inomero y'ikinyabiziga (châssis) ntihuye n'iyanditswe ku karata y'iyandikwa.",
                "fr": "Le numéro de châssis ne correspond pas à la carte d'immatriculation.",
                "en": "The chassis number does not match the registration card.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Décret-loi n°1/23 du 26 juillet 1988 portant Code de la route",
                "title": {
                    "rn": "Igitabo c'amategeko y'ibarabara",
                    "fr": "Code de la route",
                    "en": "Highway Code",
                },
                "article": "Art. 91",
                "date": "1988-07-26",
                "url": "",
            },
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°730/0847 du 3 juin 2020",
                "title": {
                    "rn": "Itegeko rya Minisitiri rigena isuzuma ry'ibinyabiziga",
                    "fr": "Ordonnance portant organisation du contrôle technique des véhicules",
                    "en": "Ordinance organising vehicle technical inspection",
                },
                "article": "Art. 3",
                "date": "2020-06-03",
                "url": "",
            },
        ],
    },
]
