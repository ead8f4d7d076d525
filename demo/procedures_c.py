# SAMPLE CONTENT for the Isôko demo. Kirundi text awaits review by a native speaker.
"""Demo procedures, part C: building, work and social security, education and health."""

PROCEDURES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "building-permit",
        "institution": "urban-planning",
        "themes": ["land-housing"],
        "offices": ["urban-planning-bujumbura", "urban-planning-gitega"],
        "title": {
            "rn": "Gusaba uruhusha rwo kwubaka",
            "fr": "Demande de permis de bâtir",
            "en": "Applying for a building permit",
        },
        "summary": {
            "rn": "Uruhusha rwo kwubaka rurakenewe imbere yo gutangura kwubaka, kwagura canke guhindura inzu mu gisagara. Rutangwa n'Ubuyobozi bukuru bw'itunganywa ry'ibisagara n'amazu (DGUH) inyuma yo kwihweza ibishushanyo vy'inzu.",
            "fr": "Le permis de bâtir est obligatoire avant de construire, d'agrandir ou de transformer un bâtiment en zone urbaine. Il est délivré par la DGUH après examen des plans.",
            "en": "A building permit is required before building, extending or altering a building in an urban area. It is issued by the DGUH after the plans have been examined.",
        },
        "eligibility": {
            "rn": "Nyen'itongo afise icemezo c'uko iryo tongo ari iryiwe, canke uwo yahaye ububasha bwanditse bwo kumuserukira.",
            "fr": "Le propriétaire de la parcelle muni de son titre de propriété, ou son mandataire muni d'une procuration écrite.",
            "en": "The owner of the plot holding a title deed, or a representative with a written power of attorney.",
        },
        "validity": {
            "rn": "Uruhusha rumara umwaka 1. Iyo imirimo yo kwubaka idatanguye muri uwo mwaka, ruca ruta agaciro.",
            "fr": "Valable 1 an : si les travaux n'ont pas commencé dans ce délai, le permis devient caduc.",
            "en": "Valid 1 year: if work has not started within that time, the permit lapses.",
        },
        "renewal": {
            "rn": "Ushobora gusaba ko rwongerwa umwaka 1 incuro imwe gusa, wandikira DGUH nibura ukwezi 1 imbere y'uko rurangira.",
            "fr": "Une seule prolongation d'un an peut être demandée par écrit à la DGUH au moins 1 mois avant l'expiration.",
            "en": "A single one-year extension can be requested in writing from the DGUH at least 1 month before expiry.",
        },
        "if_lost": {
            "rn": "Andikira DGUH usaba kopi yemejwe y'uruhusha rwawe, ufatanije n'icemezo c'uko rwazimiye wahawe n'igipolisi.",
            "fr": "Demandez par écrit une copie certifiée du permis à la DGUH en joignant l'attestation de perte délivrée par la police.",
            "en": "Ask the DGUH in writing for a certified copy of the permit, enclosing the loss certificate issued by the police.",
        },
        "recourse": {
            "rn": "Andikira Minisitiri w'Ibikorwa remezo ibaruwa yo gutakamba mu mezi 2 uhereye igihe wamenyeshejwe ko wanswe. Iyo atishuye, ushobora kuregera Sentare y'ivy'intwaro.",
            "fr": "Adressez un recours écrit au ministre des Infrastructures dans les 2 mois suivant le refus. Sans réponse, vous pouvez saisir la Cour administrative.",
            "en": "Send a written appeal to the Minister of Infrastructure within 2 months of the refusal. If there is no answer, you can go to the Administrative Court.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Tegurisha ibishushanyo vy'inzu",
                    "fr": "Faire établir les plans du bâtiment",
                    "en": "Have the building plans drawn up",
                },
                "description": {
                    "rn": "Saba umuhinga yemewe mu vy'ubwubatsi agutegurire ibishushanyo vy'inzu n'ic'aho izokwubakwa, hanyuma abishireko umukono wiwe.",
                    "fr": "Faites dessiner les plans du bâtiment et le plan de situation par un architecte ou ingénieur agréé, qui les signe.",
                    "en": "Have an approved architect or engineer draw up the building plans and the site plan, and sign them.",
                },
                "location": {
                    "rn": "Ibiro vy'umuhinga mu vy'ubwubatsi wihitiyemwo",
                    "fr": "Cabinet d'architecte de votre choix",
                    "en": "Architect's office of your choice",
                },
                "handled_by": {
                    "rn": "Umuhinga yemewe mu vy'ubwubatsi",
                    "fr": "Architecte ou ingénieur agréé",
                    "en": "Approved architect or engineer",
                },
                "expected_days": 14,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye hanyuma urihe amafaranga yo kuyiga",
                    "fr": "Déposer le dossier et payer les frais d'étude",
                    "en": "Submit the file and pay the review fee",
                },
                "description": {
                    "rn": "Zana dosiye yuzuye n'urupapuro DGUH-PB-01 rwujujwe, maze urihe amafaranga yo kwiga dosiye muri banki. Urahabwa icemezo c'uko wayitanze.",
                    "fr": "Déposez le dossier complet avec le formulaire DGUH-PB-01 rempli et payez les frais d'étude en banque. Un récépissé de dépôt vous est remis.",
                    "en": "Hand in the complete file with form DGUH-PB-01 filled in and pay the review fee at the bank. You receive a filing receipt.",
                },
                "location": {
                    "rn": "Ibiro vy'itunganywa ry'ibisagara n'amazu i Bujumbura canke i Gitega",
                    "fr": "Bureau de l'urbanisme et de l'habitat à Bujumbura ou à Gitega",
                    "en": "Urban planning and housing office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi yakira amadosiye",
                    "fr": "Agent du guichet de dépôt",
                    "en": "Filing desk officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Igenzura ry'itongo n'ugufata uruhusha",
                    "fr": "Visite de la parcelle et retrait du permis",
                    "en": "Site visit and collection of the permit",
                },
                "description": {
                    "rn": "Abakozi ba DGUH baraza kuraba itongo. Iyo dosiye yemewe, riha ikori ryo kwubaka hanyuma uje gufata uruhusha rwawe.",
                    "fr": "Les agents de la DGUH visitent la parcelle. Si le dossier est accepté, payez la taxe de bâtir puis retirez votre permis.",
                    "en": "DGUH officers visit the plot. If the file is approved, pay the building tax and then collect your permit.",
                },
                "location": {
                    "rn": "Ku itongo, hanyuma ku biro vya DGUH watangiyeko dosiye",
                    "fr": "Sur la parcelle, puis au bureau de la DGUH où le dossier a été déposé",
                    "en": "On the plot, then at the DGUH office where you filed",
                },
                "handled_by": {
                    "rn": "Abagenzuzi b'ubwubatsi ba DGUH",
                    "fr": "Contrôleurs des constructions de la DGUH",
                    "en": "DGUH building inspectors",
                },
                "expected_days": 30,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba uruhusha rwo kwubaka rwujujwe",
                    "fr": "Formulaire de demande de permis de bâtir rempli",
                    "en": "Completed building permit application form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "DGUH-PB-01",
            },
            {
                "name": {
                    "rn": "Icemezo c'uko itongo ari iryawe canke icemezo c'ubutaka",
                    "fr": "Titre de propriété ou certificat foncier de la parcelle",
                    "en": "Title deed or land certificate for the plot",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ibishushanyo vy'inzu vyashizweko umukono n'umuhinga yemewe",
                    "fr": "Plans du bâtiment signés par un architecte ou ingénieur agréé",
                    "en": "Building plans signed by an approved architect or engineer",
                },
                "originals": 1, "copies": 2, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu y'uwusaba",
                    "fr": "Carte nationale d'identité du demandeur",
                    "en": "Applicant's national identity card",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Amafaranga yo kwiga dosiye",
                    "fr": "Frais d'étude du dossier",
                    "en": "File review fee",
                },
                "amount_bif": 50000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya Leta werekanywe na DGUH, hanyuma uzane icemezo c'iriha igihe utanga dosiye.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor indiqué par la DGUH ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the Treasury account given by the DGUH; attach the slip to your file.",
                },
            },
            {
                "label": {
                    "rn": "Ikori ryo kwubaka inzu yo kubamwo itarengeje metero kare 200",
                    "fr": "Taxe de bâtir pour une maison d'habitation jusqu'à 200 m²",
                    "en": "Building tax for a dwelling of up to 200 m²",
                },
                "amount_bif": 300000,
                "payment": {
                    "rn": "Riha muri banki yemewe dosiye imaze kwemerwa, uzane icemezo c'iriha igihe uja gufata uruhusha. Inzu nini kuruta iyo iriha vyinshi.",
                    "fr": "Paiement en banque agréée après acceptation du dossier ; présentez le bordereau au retrait du permis. Plus cher au-delà de 200 m².",
                    "en": "Pay at an approved bank once the file is approved; show the slip when collecting the permit. Larger buildings pay more.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Inzu yateguwe ntihuye n'igishushanyo ngenderwako c'igisagara, nk'uburebure bwayo canke intera iri hagati yayo n'ibarabara.",
                "fr": "Le projet ne respecte pas le plan d'urbanisme, par exemple la hauteur ou le recul par rapport à la route.",
                "en": "The project breaks the town plan, for example on height or distance from the road.",
            },
            {
                "rn": "Icemezo c'uko itongo ari iryawe ntikiriho, canke iryo tongo rifise amatati riri mu manza.",
                "fr": "Le titre de propriété manque ou la parcelle fait l'objet d'un litige.",
                "en": "The title deed is missing or the plot is under dispute.",
            },
            {
                "rn": "Ibishushanyo ntibiriko umukono w'umuhinga yemewe mu vy'ubwubatsi.",
                "fr": "Les plans ne sont pas signés par un architecte ou ingénieur agréé.",
                "en": "The plans are not signed by an approved architect or engineer.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/09 du 12 août 2016 portant Code de l'urbanisme, de l'habitat et de la construction au Burundi",
                "title": {
                    "rn": "Igitabu c'amategeko agenga itunganywa ry'ibisagara, amazu n'ubwubatsi mu Burundi",
                    "fr": "Code de l'urbanisme, de l'habitat et de la construction au Burundi",
                    "en": "Urban Planning, Housing and Construction Code of Burundi",
                },
                "article": "",
                "date": "2016-08-12",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/13 du 9 août 2011 portant révision du Code foncier du Burundi",
                "title": {
                    "rn": "Igitabu c'amategeko agenga ivy'ubutaka mu Burundi",
                    "fr": "Code foncier du Burundi",
                    "en": "Land Code of Burundi",
                },
                "article": "",
                "date": "2011-08-09",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "certificate-of-occupancy",
        "institution": "urban-planning",
        "themes": ["land-housing"],
        "offices": ["urban-planning-bujumbura", "urban-planning-gitega"],
        "title": {
            "rn": "Gusaba icemezo c'uko inzu yubatswe uko bitegekanijwe (uruhusha rwo kuyibamwo)",
            "fr": "Demande de certificat de conformité (permis d'habiter)",
            "en": "Applying for a certificate of occupancy",
        },
        "summary": {
            "rn": "Imirimo yo kwubaka imaze kurangira, iki cemezo cerekana ko inzu yubatswe nk'uko uruhusha rwo kwubaka rwabitegetse. Kirasabwa imbere yo kuyibamwo canke kuyikodesha.",
            "fr": "Une fois les travaux terminés, ce certificat atteste que le bâtiment est conforme au permis de bâtir. Il est exigé avant d'habiter ou de louer le bâtiment.",
            "en": "Once construction is finished, this certificate confirms that the building matches its building permit. It is required before living in or renting out the building.",
        },
        "eligibility": {
            "rn": "Uwahawe uruhusha rwo kwubaka, imirimo yose yo kwubaka imaze kurangira.",
            "fr": "Le titulaire du permis de bâtir, une fois tous les travaux achevés.",
            "en": "The holder of the building permit, once all works are complete.",
        },
        "validity": {
            "rn": "Nta gihe kirangira, igihe cose inzu itahinduwe.",
            "fr": "Sans limite de durée tant que le bâtiment n'est pas modifié.",
            "en": "No expiry as long as the building is not altered.",
        },
        "renewal": {
            "rn": "Ntigisubirwamwo. Iyo wagura canke uhinduye inzu, ukeneye uruhusha rushasha rwo kwubaka hanyuma n'icemezo gishasha.",
            "fr": "Non renouvelable. Toute extension ou transformation exige un nouveau permis de bâtir puis un nouveau certificat.",
            "en": "Not renewable. Any extension or alteration needs a new building permit and then a new certificate.",
        },
        "if_lost": {
            "rn": "Saba kopi yemejwe ku biro vya DGUH vyagitanze, witwaje icemezo c'uko cazimiye wahawe n'igipolisi.",
            "fr": "Demandez une copie certifiée au bureau de la DGUH qui l'a délivré, avec l'attestation de perte de la police.",
            "en": "Ask the DGUH office that issued it for a certified copy, bringing the police loss certificate.",
        },
        "recourse": {
            "rn": "Kosora ivyo abagenzuzi bakweretse hanyuma usabe irindi genzura. Ushobora kandi gutakambira Umuyobozi mukuru wa DGUH mu mezi 2.",
            "fr": "Corrigez les défauts relevés et demandez une contre-visite. Vous pouvez aussi adresser un recours au directeur général de la DGUH dans les 2 mois.",
            "en": "Fix the defects noted and ask for a new inspection. You can also appeal to the DGUH Director General within 2 months.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Menyesha ko imirimo yarangiye",
                    "fr": "Déclarer l'achèvement des travaux",
                    "en": "Declare that the works are finished",
                },
                "description": {
                    "rn": "Andikira DGUH ibaruwa iyimenyesha ko imirimo yo kwubaka yarangiye, uyifatanije na kopi y'uruhusha rwo kwubaka.",
                    "fr": "Adressez à la DGUH une déclaration écrite d'achèvement des travaux avec une copie du permis de bâtir.",
                    "en": "Send the DGUH a written notice that the works are finished, with a copy of the building permit.",
                },
                "location": {
                    "rn": "Ibiro vya DGUH vyatanze uruhusha rwo kwubaka",
                    "fr": "Bureau de la DGUH qui a délivré le permis de bâtir",
                    "en": "DGUH office that issued the building permit",
                },
                "handled_by": {
                    "rn": "Umukozi yakira amadosiye",
                    "fr": "Agent du guichet de dépôt",
                    "en": "Filing desk officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Igenzura ry'inzu",
                    "fr": "Visite de conformité",
                    "en": "Compliance inspection",
                },
                "description": {
                    "rn": "Abagenzuzi baraza kuraba ko inzu ihuye n'ibishushanyo vyemejwe kandi ko itabangamiye amagara n'umutekano w'abazoyibamwo.",
                    "fr": "Les contrôleurs vérifient que le bâtiment correspond aux plans approuvés et ne menace ni la santé ni la sécurité des occupants.",
                    "en": "Inspectors check that the building matches the approved plans and is safe and healthy for its occupants.",
                },
                "location": {
                    "rn": "Ku nzu yubatswe",
                    "fr": "Sur le chantier achevé",
                    "en": "At the finished building",
                },
                "handled_by": {
                    "rn": "Abagenzuzi b'ubwubatsi ba DGUH",
                    "fr": "Contrôleurs des constructions de la DGUH",
                    "en": "DGUH building inspectors",
                },
                "expected_days": 15,
            },
            {
                "title": {
                    "rn": "Riha hanyuma ufate icemezo",
                    "fr": "Payer et retirer le certificat",
                    "en": "Pay and collect the certificate",
                },
                "description": {
                    "rn": "Igenzura rimaze kugenda neza, riha amafaranga y'igenzura muri banki hanyuma uje gufata icemezo witwaje icemezo c'iriha.",
                    "fr": "Après une visite favorable, payez les frais de visite en banque puis retirez le certificat sur présentation du bordereau.",
                    "en": "After a successful inspection, pay the inspection fee at the bank and collect the certificate by showing the slip.",
                },
                "location": {
                    "rn": "Banki yemewe, hanyuma ibiro vya DGUH",
                    "fr": "Banque agréée, puis bureau de la DGUH",
                    "en": "Approved bank, then the DGUH office",
                },
                "handled_by": {
                    "rn": "Umukozi wa DGUH atanga ivyemezo",
                    "fr": "Agent de délivrance de la DGUH",
                    "en": "DGUH issuing officer",
                },
                "expected_days": 10,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ibaruwa imenyesha ko imirimo yo kwubaka yarangiye",
                    "fr": "Déclaration écrite d'achèvement des travaux",
                    "en": "Written notice that the works are finished",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Uruhusha rwo kwubaka",
                    "fr": "Permis de bâtir",
                    "en": "Building permit",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ibishushanyo vy'inzu vyemejwe na DGUH",
                    "fr": "Plans approuvés par la DGUH",
                    "en": "Plans approved by the DGUH",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'iriha ry'amafaranga y'igenzura",
                    "fr": "Bordereau de paiement des frais de visite",
                    "en": "Payment slip for the inspection fee",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Igenzura n'icemezo c'uko inzu yubatswe uko bitegekanijwe",
                    "fr": "Visite et certificat de conformité",
                    "en": "Inspection and certificate of occupancy",
                },
                "amount_bif": 100000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya Leta werekanywe na DGUH, hanyuma uzane icemezo c'iriha ku biro vya DGUH.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor indiqué par la DGUH ; présentez le bordereau au bureau de la DGUH.",
                    "en": "Pay at an approved bank into the Treasury account given by the DGUH; bring the slip to the DGUH office.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Inzu yubatswe itandukanye n'ibishushanyo vyemejwe, nk'ikigorofa congerewe canke inzu yegereye cane ibarabara.",
                "fr": "Le bâtiment diffère des plans approuvés, par exemple un étage ajouté ou un recul insuffisant.",
                "en": "The building differs from the approved plans, for example an added floor or too little setback.",
            },
            {
                "rn": "Imirimo ntirarangira, nk'ubwiherero canke inzira z'amazi y'imvura zitarubakwa.",
                "fr": "Les travaux ne sont pas achevés, par exemple sanitaires ou évacuation des eaux pluviales manquants.",
                "en": "The works are not finished, for example toilets or rainwater drainage are missing.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/09 du 12 août 2016 portant Code de l'urbanisme, de l'habitat et de la construction au Burundi",
                "title": {
                    "rn": "Igitabu c'amategeko agenga itunganywa ry'ibisagara, amazu n'ubwubatsi mu Burundi",
                    "fr": "Code de l'urbanisme, de l'habitat et de la construction au Burundi",
                    "en": "Urban Planning, Housing and Construction Code of Burundi",
                },
                "article": "",
                "date": "2016-08-12",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "work-permit-foreign-worker",
        "institution": "labour-inspectorate",
        "themes": ["work-civil-service", "travel"],
        "offices": ["labour-bujumbura"],
        "title": {
            "rn": "Gusaba uruhusha rw'akazi ku mukozi w'umunyamahanga",
            "fr": "Demande de permis de travail pour un travailleur étranger",
            "en": "Applying for a work permit for a foreign worker",
        },
        "summary": {
            "rn": "Umukoresha ashaka guha akazi umunyamahanga mu Burundi ategerezwa kumusabira uruhusha rw'akazi imbere y'uko atangura gukora. Uruhusha rutangwa n'Ubugenzuzi bukuru bw'akazi.",
            "fr": "L'employeur qui engage un étranger au Burundi doit obtenir pour lui un permis de travail avant son entrée en fonction. Le permis est délivré par l'Inspection générale du travail.",
            "en": "An employer hiring a foreigner in Burundi must obtain a work permit for them before they start work. The permit is issued by the General Labour Inspectorate.",
        },
        "eligibility": {
            "rn": "Umukoresha akorera mu Burundi, asabira umunyamahanga afise ubuhanga butaboneka mu Barundi. Umukozi agomba kuba afise uruhusha rwo kuba mu gihugu.",
            "fr": "L'employeur établi au Burundi, pour un étranger dont la qualification n'est pas disponible localement. Le travailleur doit avoir un titre de séjour valable.",
            "en": "An employer based in Burundi, for a foreigner whose skills are not available locally. The worker must hold a valid residence permit or visa.",
        },
        "validity": {
            "rn": "Uruhusha rumara umwaka 1, kandi rwemewe gusa ku mukoresha n'igikorwa vyanditse kuri rwo.",
            "fr": "Valable 1 an, uniquement pour l'employeur et le poste qui y sont indiqués.",
            "en": "Valid 1 year, only for the employer and the job stated on it.",
        },
        "renewal": {
            "rn": "Umukoresha asaba ko rusubirwamwo nibura ukwezi 1 imbere y'uko rurangira, azanye uruhusha rwa kera n'amasezerano y'akazi akiriho.",
            "fr": "L'employeur demande le renouvellement au moins 1 mois avant l'expiration, avec l'ancien permis et le contrat en cours.",
            "en": "The employer applies for renewal at least 1 month before expiry, with the old permit and the current contract.",
        },
        "if_lost": {
            "rn": "Bimenyeshe igipolisi, hanyuma umukoresha asabe kopi y'uruhusha ku Bugenzuzi bukuru bw'akazi yerekana icemezo c'uko rwazimiye.",
            "fr": "Déclarez la perte à la police ; l'employeur demande ensuite un duplicata à l'Inspection générale du travail avec l'attestation de perte.",
            "en": "Report the loss to the police; the employer then asks the General Labour Inspectorate for a duplicate, showing the loss certificate.",
        },
        "recourse": {
            "rn": "Umukoresha arashobora kwandikira Minisitiri w'Abakozi ba Leta, Umurimo n'Akazi ibaruwa yo gutakamba mu mezi 2 uhereye igihe yamenyeshejwe inyishu.",
            "fr": "L'employeur peut adresser un recours écrit au ministre de la Fonction publique, du Travail et de l'Emploi dans les 2 mois suivant la décision.",
            "en": "The employer can send a written appeal to the Minister of the Civil Service, Labour and Employment within 2 months of the decision.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Tegura amasezerano y'akazi n'urupapuro rwo gusaba",
                    "fr": "Préparer le contrat et le formulaire",
                    "en": "Prepare the contract and the form",
                },
                "description": {
                    "rn": "Umukoresha n'umukozi bashira umukono ku masezerano y'akazi, hanyuma umukoresha akuzuza urupapuro IGT-PT-01.",
                    "fr": "L'employeur et le travailleur signent le contrat de travail, puis l'employeur remplit le formulaire IGT-PT-01.",
                    "en": "The employer and the worker sign the employment contract, then the employer fills in form IGT-PT-01.",
                },
                "location": {
                    "rn": "Ku biro vy'umukoresha",
                    "fr": "Dans les locaux de l'employeur",
                    "en": "At the employer's premises",
                },
                "handled_by": {
                    "rn": "Umukoresha canke umukozi wiwe ashinzwe abakozi",
                    "fr": "L'employeur ou son responsable des ressources humaines",
                    "en": "The employer or their HR officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye hanyuma urihe",
                    "fr": "Déposer le dossier et payer",
                    "en": "Submit the file and pay",
                },
                "description": {
                    "rn": "Umukoresha azana dosiye yuzuye ku Bugenzuzi bukuru bw'akazi, akariha amafaranga y'uruhusha muri banki, agahabwa icemezo c'uko yatanze dosiye.",
                    "fr": "L'employeur dépose le dossier complet à l'Inspection générale du travail, paie la taxe en banque et reçoit un récépissé.",
                    "en": "The employer hands in the complete file at the General Labour Inspectorate, pays the fee at the bank and receives a receipt.",
                },
                "location": {
                    "rn": "Ubugenzuzi bukuru bw'akazi i Bujumbura",
                    "fr": "Inspection générale du travail à Bujumbura",
                    "en": "General Labour Inspectorate in Bujumbura",
                },
                "handled_by": {
                    "rn": "Umukozi yakira amadosiye",
                    "fr": "Agent du guichet de dépôt",
                    "en": "Filing desk officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Isuzuma rya dosiye n'itangwa ry'uruhusha",
                    "fr": "Examen du dossier et délivrance du permis",
                    "en": "File review and issue of the permit",
                },
                "description": {
                    "rn": "Abagenzuzi b'akazi baraba ko ako kazi katoshobora gukorwa n'Umurundi afise ubuhanga nk'ubwo, hanyuma bagatanga uruhusha.",
                    "fr": "Les inspecteurs vérifient qu'aucun Burundais de même qualification n'est disponible pour le poste, puis délivrent le permis.",
                    "en": "Labour inspectors check that no Burundian with the same skills is available for the job, then issue the permit.",
                },
                "location": {
                    "rn": "Ubugenzuzi bukuru bw'akazi i Bujumbura",
                    "fr": "Inspection générale du travail à Bujumbura",
                    "en": "General Labour Inspectorate in Bujumbura",
                },
                "handled_by": {
                    "rn": "Umugenzuzi w'akazi",
                    "fr": "Inspecteur du travail",
                    "en": "Labour inspector",
                },
                "expected_days": 15,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba uruhusha rw'akazi rwujujwe",
                    "fr": "Formulaire de demande de permis de travail rempli",
                    "en": "Completed work permit application form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "IGT-PT-01",
            },
            {
                "name": {
                    "rn": "Amasezerano y'akazi yashizweko umukono n'impande zompi",
                    "fr": "Contrat de travail signé par les deux parties",
                    "en": "Employment contract signed by both parties",
                },
                "originals": 1, "copies": 2, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Pasiporo y'umukozi irimwo viza canke uruhusha rwo kuba mu gihugu",
                    "fr": "Passeport du travailleur avec visa ou carte de séjour",
                    "en": "Worker's passport with visa or residence card",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Impamyabumenyi n'ivyemezo vy'akazi umukozi yakoze",
                    "fr": "Diplômes et certificats de travail du travailleur",
                    "en": "Worker's diplomas and previous employment certificates",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Uruhusha rw'akazi rw'umwaka 1",
                    "fr": "Permis de travail d'un an",
                    "en": "One-year work permit",
                },
                "amount_bif": 500000,
                "payment": {
                    "rn": "Umukoresha ariha muri banki yemewe kuri konti ya Leta werekanywe n'Ubugenzuzi bw'akazi, agashikiriza icemezo c'iriha hamwe na dosiye.",
                    "fr": "L'employeur paie en banque agréée sur le compte du Trésor indiqué par l'Inspection et joint le bordereau au dossier.",
                    "en": "The employer pays at an approved bank into the Treasury account given by the Inspectorate and attaches the slip to the file.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Ako kazi gashobora gukorwa n'Umurundi afise ubuhanga nk'ubwo umunyamahanga afise.",
                "fr": "Le poste peut être occupé par un Burundais ayant la même qualification.",
                "en": "The job can be done by a Burundian with the same qualifications.",
            },
            {
                "rn": "Amasezerano y'akazi ntakurikije Igitabu c'amategeko agenga akazi, nk'umushahara uri musi y'uwategekanijwe.",
                "fr": "Le contrat ne respecte pas le Code du travail, par exemple un salaire inférieur au minimum.",
                "en": "The contract breaks the Labour Code, for example a wage below the minimum.",
            },
            {
                "rn": "Umukozi ntafise viza canke uruhusha rwo kuba mu gihugu rukiri rwiza.",
                "fr": "Le travailleur n'a pas de visa ou de titre de séjour valable.",
                "en": "The worker has no valid visa or residence permit.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/11 du 24 novembre 2020 portant révision du Décret-loi n°1/037 du 7 juillet 1993 portant Code du travail",
                "title": {
                    "rn": "Igitabu c'amategeko agenga akazi mu Burundi",
                    "fr": "Code du travail du Burundi",
                    "en": "Labour Code of Burundi",
                },
                "article": "",
                "date": "2020-11-24",
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
                "article": "",
                "date": "2021-11-05",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "employer-registration-inss",
        "institution": "inss",
        "themes": ["work-civil-service", "business"],
        "offices": ["inss-bujumbura", "inss-gitega"],
        "title": {
            "rn": "Kwiyandikisha nk'umukoresha muri INSS",
            "fr": "Affiliation d'un employeur à l'INSS",
            "en": "Registering an employer with the INSS",
        },
        "summary": {
            "rn": "Umukoresha wese afise nibura umukozi umwe ahembwa ategerezwa kwiyandikisha muri INSS no kwandikisha abakozi biwe, kugira ngo bishingirwe mu vy'izabukuru n'ingorane zo ku kazi.",
            "fr": "Tout employeur ayant au moins un salarié doit s'affilier à l'INSS et y immatriculer ses travailleurs, qui sont ainsi couverts pour la pension et les risques professionnels.",
            "en": "Every employer with at least one paid employee must register with the INSS and enrol its workers, who are then covered for pensions and occupational risks.",
        },
        "eligibility": {
            "rn": "Umukoresha wese, yaba umuntu ku giti ciwe canke ishirahamwe, akoresha nibura umukozi umwe ahembwa mu Burundi.",
            "fr": "Tout employeur, personne physique ou morale, qui emploie au moins un salarié au Burundi.",
            "en": "Any employer, individual or company, with at least one paid employee in Burundi.",
        },
        "validity": {
            "rn": "Kwiyandikisha nta gihe birangira: umukoresha ahabwa inomero imwe akoresha igihe cose akiriko arakora.",
            "fr": "Sans limite de durée : l'employeur reçoit un numéro d'affiliation valable tant que son activité dure.",
            "en": "No expiry: the employer receives one registration number, valid for as long as the business operates.",
        },
        "renewal": {
            "rn": "Nta gusubiramwo. Menyesha INSS mu kwezi 1 iyo uhinduye izina, aho ukorera, canke iyo uhagaritse ibikorwa.",
            "fr": "Pas de renouvellement. Signalez à l'INSS dans le mois tout changement de nom ou d'adresse, ou la cessation d'activité.",
            "en": "No renewal. Tell the INSS within a month of any change of name or address, or if the business closes.",
        },
        "if_lost": {
            "rn": "Saba ku biro vya INSS ikindi cemezo c'uko wiyandikishije, werekana NIF yawe n'ikarata karangamuntu y'uhagarariye ishirahamwe.",
            "fr": "Demandez une nouvelle attestation d'affiliation à l'INSS en présentant votre NIF et la CNI du représentant de l'entreprise.",
            "en": "Ask the INSS for a new registration certificate, showing your tax number (NIF) and the company representative's identity card.",
        },
        "recourse": {
            "rn": "Iyo utemeranya n'inyishu ya INSS, tanga ikirego ku Nama ishinzwe kwakira ivyo gutakamba ya INSS mu mezi 2. Hanyuma ushobora kuregera Sentare y'ivy'akazi.",
            "fr": "En cas de désaccord, saisissez le Comité de recours gracieux de l'INSS dans les 2 mois, puis le tribunal du travail.",
            "en": "If you disagree, go to the INSS internal appeals committee within 2 months, and then to the labour court.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Fata urupapuro rwo kwiyandikisha",
                    "fr": "Retirer la fiche d'affiliation",
                    "en": "Get the registration form",
                },
                "description": {
                    "rn": "Fata urupapuro rwo kwiyandikisha nk'umukoresha ku biro vya INSS ku buntu, urwuzuze wandika n'urutonde rw'abakozi bawe n'imishahara yabo.",
                    "fr": "Retirez gratuitement la fiche d'affiliation employeur à l'INSS et remplissez-la avec la liste de vos salariés et leurs salaires.",
                    "en": "Get the employer registration form free of charge at the INSS and fill it in with the list of your employees and their wages.",
                },
                "location": {
                    "rn": "Ibiro vya INSS i Bujumbura canke i Gitega",
                    "fr": "Bureau de l'INSS à Bujumbura ou à Gitega",
                    "en": "INSS office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi wa INSS yakira abantu",
                    "fr": "Agent d'accueil de l'INSS",
                    "en": "INSS reception officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye",
                    "fr": "Déposer le dossier",
                    "en": "Submit the file",
                },
                "description": {
                    "rn": "Zana urupapuro rwujujwe hamwe n'ivyemezo vy'ishirahamwe ku biro vya INSS, uhabwe icemezo c'uko watanze dosiye.",
                    "fr": "Déposez la fiche remplie et les documents de l'entreprise à l'INSS ; un récépissé vous est remis.",
                    "en": "Hand in the completed form and the company documents at the INSS; you receive a receipt.",
                },
                "location": {
                    "rn": "Ibiro vya INSS bishinzwe kwandika abakoresha",
                    "fr": "Service d'immatriculation des employeurs de l'INSS",
                    "en": "INSS employer registration service",
                },
                "handled_by": {
                    "rn": "Umukozi wa INSS ashinzwe kwandika abakoresha",
                    "fr": "Agent d'immatriculation de l'INSS",
                    "en": "INSS registration officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Akira inomero y'umukoresha utangure kuriha imisanzu",
                    "fr": "Recevoir le numéro d'affiliation et commencer à cotiser",
                    "en": "Receive your number and start paying contributions",
                },
                "description": {
                    "rn": "INSS iguha inomero y'umukoresha n'inomero z'abakozi bawe. Kuva ico gihe, menyesha imishahara kandi urihe imisanzu ku gihe cagenywe.",
                    "fr": "L'INSS vous attribue un numéro d'employeur et immatricule vos salariés. Déclarez ensuite les salaires et payez les cotisations aux échéances.",
                    "en": "The INSS gives you an employer number and enrols your workers. From then on, declare wages and pay contributions on time.",
                },
                "location": {
                    "rn": "Ibiro vya INSS watangiyeko dosiye",
                    "fr": "Bureau de l'INSS où le dossier a été déposé",
                    "en": "INSS office where you filed",
                },
                "handled_by": {
                    "rn": "Umukozi wa INSS ashinzwe kwandika abakoresha",
                    "fr": "Agent d'immatriculation de l'INSS",
                    "en": "INSS registration officer",
                },
                "expected_days": 7,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Icemezo c'iyandikwa ry'ishirahamwe mu gitabo c'ubudandaji",
                    "fr": "Certificat d'immatriculation au registre du commerce",
                    "en": "Trade register certificate",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": {
                    "rn": "Ku ishirahamwe canke umudandaji yanditse",
                    "fr": "Pour une société ou un commerçant enregistré",
                    "en": "For a company or registered trader",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'inomero y'uwuriha amakori (NIF)",
                    "fr": "Attestation de numéro d'identification fiscale (NIF)",
                    "en": "Tax identification number (NIF) certificate",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu y'umukoresha canke y'uhagarariye ishirahamwe",
                    "fr": "CNI de l'employeur ou du représentant de l'entreprise",
                    "en": "Identity card of the employer or company representative",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urutonde rw'abakozi n'ikarata karangamuntu zabo",
                    "fr": "Liste des salariés avec copie de leur CNI",
                    "en": "List of employees with copies of their identity cards",
                },
                "originals": 1, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kwiyandikisha muri INSS",
                    "fr": "Affiliation à l'INSS",
                    "en": "INSS registration",
                },
                "amount_bif": 0,
                "payment": {
                    "rn": "Kwiyandikisha ni ku buntu. Imisanzu y'abakozi iriwa ukwayo kuri konti ya INSS.",
                    "fr": "Gratuit. Les cotisations sociales se paient à part sur le compte de l'INSS.",
                    "en": "Free. Social security contributions are paid separately into the INSS account.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Ivyemezo vy'ishirahamwe ntibiriho canke ntibihuye n'amakuru ari ku rupapuro.",
                "fr": "Les documents de l'entreprise manquent ou ne concordent pas avec la fiche.",
                "en": "Company documents are missing or do not match the form.",
            },
            {
                "rn": "Umukoresha yari asanzwe yanditswe muri INSS afise iyindi nomero.",
                "fr": "L'employeur est déjà affilié à l'INSS sous un autre numéro.",
                "en": "The employer is already registered with the INSS under another number.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/010 du 16 juin 1999 portant Code de la sécurité sociale du Burundi",
                "title": {
                    "rn": "Igitabu c'amategeko agenga ubwishingizi bw'abakozi mu Burundi",
                    "fr": "Code de la sécurité sociale du Burundi",
                    "en": "Social Security Code of Burundi",
                },
                "article": "",
                "date": "1999-06-16",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/11 du 24 novembre 2020 portant révision du Décret-loi n°1/037 du 7 juillet 1993 portant Code du travail",
                "title": {
                    "rn": "Igitabu c'amategeko agenga akazi mu Burundi",
                    "fr": "Code du travail du Burundi",
                    "en": "Labour Code of Burundi",
                },
                "article": "",
                "date": "2020-11-24",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "retirement-pension",
        "institution": "inss",
        "themes": ["work-civil-service"],
        "offices": ["inss-bujumbura", "inss-gitega"],
        "title": {
            "rn": "Gusaba amafaranga y'izabukuru",
            "fr": "Demande de pension de vieillesse",
            "en": "Claiming an old-age pension",
        },
        "summary": {
            "rn": "INSS iriha buri kwezi amafaranga y'izabukuru umukozi yishingiwe ashikije imyaka 60 kandi amaze nibura imyaka 15 yishingiwe. Uwutarashikana iyo myaka 15 ahabwa amafaranga y'ubusaza incuro imwe.",
            "fr": "L'INSS verse une pension mensuelle à l'assuré âgé de 60 ans qui a au moins 15 ans d'assurance. En dessous de 15 ans, il reçoit une allocation de vieillesse unique.",
            "en": "The INSS pays a monthly pension to insured workers aged 60 with at least 15 years of insurance. Those with less than 15 years receive a one-off old-age allowance.",
        },
        "eligibility": {
            "rn": "Umukozi yishingiwe muri INSS ashikije imyaka 60 (45 canke 50 ku basoda n'abapolisi) kandi amaze nibura amezi 180 yishingiwe.",
            "fr": "L'assuré de l'INSS âgé de 60 ans (45 ou 50 ans pour les militaires et policiers) ayant au moins 180 mois d'assurance.",
            "en": "An INSS-insured worker aged 60 (45 or 50 for soldiers and police officers) with at least 180 months of insurance.",
        },
        "validity": {
            "rn": "Amafaranga y'izabukuru ariwa buri kwezi ubuzima bwawe bwose.",
            "fr": "Versée chaque mois, à vie.",
            "en": "Paid every month for life.",
        },
        "renewal": {
            "rn": "Nta gusubiramwo, ariko buri mwaka ushikiriza INSS icemezo c'uko ukiri muzima, ahandiho amafaranga arahagarikwa.",
            "fr": "Pas de renouvellement, mais remettez chaque année un certificat de vie à l'INSS, sinon la pension est suspendue.",
            "en": "No renewal, but hand the INSS a proof-of-life certificate every year, otherwise payments are suspended.",
        },
        "if_lost": {
            "rn": "Iyo wataye ikarata y'uwuhabwa amafaranga y'izabukuru, saba iyindi ku biro vya INSS witwaje ikarata karangamuntu.",
            "fr": "En cas de perte de la carte de pensionné, demandez un duplicata à l'INSS sur présentation de votre CNI.",
            "en": "If you lose your pensioner's card, ask the INSS for a duplicate, showing your identity card.",
        },
        "recourse": {
            "rn": "Iyo utemeranya n'amafaranga waharuriwe canke wanswe, tanga ikirego ku Nama ishinzwe kwakira ivyo gutakamba ya INSS mu mezi 2, hanyuma ku Sentare y'ivy'akazi.",
            "fr": "En cas de refus ou de désaccord sur le montant, saisissez le Comité de recours gracieux de l'INSS dans les 2 mois, puis le tribunal du travail.",
            "en": "If refused or if you dispute the amount, go to the INSS internal appeals committee within 2 months, then to the labour court.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Tegura dosiye imbere y'igihe",
                    "fr": "Préparer le dossier à l'avance",
                    "en": "Prepare the file in advance",
                },
                "description": {
                    "rn": "Amezi 3 imbere y'uko ushika imyaka 60, fata urupapuro INSS-PEN-01 ku buntu kandi usabe abakoresha bawe bose ivyemezo vy'akazi wabakoreye.",
                    "fr": "Trois mois avant vos 60 ans, retirez gratuitement le formulaire INSS-PEN-01 et demandez une attestation de services à chacun de vos employeurs.",
                    "en": "Three months before you turn 60, get form INSS-PEN-01 free of charge and ask each of your employers for a certificate of service.",
                },
                "location": {
                    "rn": "Ibiro vya INSS n'abakoresha bawe",
                    "fr": "Bureau de l'INSS et vos employeurs",
                    "en": "INSS office and your employers",
                },
                "handled_by": {
                    "rn": "Umukozi wa INSS yakira abantu",
                    "fr": "Agent d'accueil de l'INSS",
                    "en": "INSS reception officer",
                },
                "expected_days": 30,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye",
                    "fr": "Déposer le dossier",
                    "en": "Submit the file",
                },
                "description": {
                    "rn": "Zana dosiye yuzuye wewe nyene ku biro vya INSS, uhabwe icemezo c'uko wayitanze kiriko inomero ya dosiye yawe.",
                    "fr": "Déposez le dossier complet en personne à l'INSS ; vous recevez un récépissé portant le numéro de votre dossier.",
                    "en": "Hand in the complete file in person at the INSS; you receive a receipt with your file number.",
                },
                "location": {
                    "rn": "Ibiro vya INSS i Bujumbura canke i Gitega",
                    "fr": "Bureau de l'INSS à Bujumbura ou à Gitega",
                    "en": "INSS office in Bujumbura or Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi wa INSS ashinzwe amafaranga y'izabukuru",
                    "fr": "Agent du service des pensions de l'INSS",
                    "en": "INSS pensions officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Iharurwa n'iriha rya mbere",
                    "fr": "Calcul et premier paiement",
                    "en": "Calculation and first payment",
                },
                "description": {
                    "rn": "INSS iraharura amafaranga y'izabukuru yawe ikabikumenyesha. Amafaranga aca aja kuri konti yawe ya banki canke ya koperative buri kwezi.",
                    "fr": "L'INSS calcule votre pension et vous notifie le montant. La pension est ensuite virée chaque mois sur votre compte bancaire ou de microfinance.",
                    "en": "The INSS calculates your pension and notifies you of the amount. It is then paid monthly into your bank or microfinance account.",
                },
                "location": {
                    "rn": "Ibiro vya INSS watangiyeko dosiye",
                    "fr": "Bureau de l'INSS où le dossier a été déposé",
                    "en": "INSS office where you filed",
                },
                "handled_by": {
                    "rn": "Ibiro vya INSS biharura amafaranga y'izabukuru",
                    "fr": "Service de liquidation des pensions de l'INSS",
                    "en": "INSS pension calculation service",
                },
                "expected_days": 60,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba amafaranga y'izabukuru rwujujwe",
                    "fr": "Formulaire de demande de pension rempli",
                    "en": "Completed pension claim form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "INSS-PEN-01",
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu",
                    "fr": "Carte nationale d'identité",
                    "en": "National identity card",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ivyemezo vy'akazi vyatanzwe na buri mukoresha",
                    "fr": "Attestations de services de chaque employeur",
                    "en": "Certificates of service from each employer",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo ca konti ya banki canke ya koperative",
                    "fr": "Attestation de compte bancaire ou de microfinance",
                    "en": "Bank or microfinance account certificate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Gusaba amafaranga y'izabukuru",
                    "fr": "Demande de pension",
                    "en": "Pension claim",
                },
                "amount_bif": 0,
                "payment": {
                    "rn": "Nta mafaranga usabwa: urupapuro n'isuzuma rya dosiye ni ku buntu.",
                    "fr": "Aucun frais : le formulaire et l'examen du dossier sont gratuits.",
                    "en": "No charge: the form and the file review are free.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Uwusaba ntarashika imyaka isabwa kugira ngo ahabwe amafaranga y'izabukuru.",
                "fr": "Le demandeur n'a pas atteint l'âge requis pour la pension.",
                "en": "The applicant has not reached pension age.",
            },
            {
                "rn": "Ivyemezo vy'akazi ntibihuye n'imisanzu yanditswe muri INSS.",
                "fr": "Les attestations de services ne concordent pas avec les cotisations enregistrées à l'INSS.",
                "en": "The certificates of service do not match the contributions recorded by the INSS.",
            },
        ],
        "legal_bases": [
            {
                "kind": "code",
                "reference": "Loi n°1/010 du 16 juin 1999 portant Code de la sécurité sociale du Burundi",
                "title": {
                    "rn": "Igitabu c'amategeko agenga ubwishingizi bw'abakozi mu Burundi",
                    "fr": "Code de la sécurité sociale du Burundi",
                    "en": "Social Security Code of Burundi",
                },
                "article": "",
                "date": "1999-06-16",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "employment-certificate-civil-servant",
        "institution": "civil-service",
        "themes": ["work-civil-service"],
        "offices": ["civil-service-bujumbura"],
        "title": {
            "rn": "Gusaba icemezo c'akazi ku mukozi wa Leta",
            "fr": "Demande d'attestation de service d'un fonctionnaire",
            "en": "Requesting a certificate of service for a civil servant",
        },
        "summary": {
            "rn": "Icemezo c'akazi cerekana ko uri umukozi wa Leta, igikorwa ukora n'igihe umaze mu kazi. Kirasabwa n'amabanki, amashure canke mu gusaba amafaranga y'izabukuru.",
            "fr": "L'attestation de service prouve que vous êtes fonctionnaire et indique votre poste et votre ancienneté. Banques, écoles et caisses de pension la demandent.",
            "en": "The certificate of service proves that you are a civil servant and states your post and length of service. Banks, schools and pension funds ask for it.",
        },
        "eligibility": {
            "rn": "Umukozi wa Leta wese ari mu kazi, ari mu kiruhuko c'akazi kirekire canke yavuye mu kazi.",
            "fr": "Tout fonctionnaire en activité, en disponibilité ou ayant quitté le service.",
            "en": "Any civil servant who is in post, on leave of absence or has left the service.",
        },
        "validity": {
            "rn": "Nta gihe kirangira, ariko ibiro vyinshi bisaba icemezo kitarengeje amezi 3.",
            "fr": "Pas de date d'expiration, mais beaucoup d'organismes exigent une attestation de moins de 3 mois.",
            "en": "No expiry date, but many bodies ask for a certificate less than 3 months old.",
        },
        "renewal": {
            "rn": "Nta gusubiramwo: saba icemezo gishasha igihe cose ukeneye amakuru mashasha.",
            "fr": "Pas de renouvellement : demandez une nouvelle attestation chaque fois qu'il vous en faut une récente.",
            "en": "No renewal: ask for a new certificate whenever you need an up-to-date one.",
        },
        "if_lost": {
            "rn": "Saba ikindi cemezo ku biro bishinzwe abakozi mu bushikiranganji ukorera; nta kindi cemezo gisabwa.",
            "fr": "Demandez une nouvelle attestation au service du personnel de votre ministère ; aucune déclaration de perte n'est exigée.",
            "en": "Ask your ministry's personnel office for a new certificate; no loss report is needed.",
        },
        "recourse": {
            "rn": "Iyo utishuwe mu misi 15, andikira Umunyamabanga mukuru w'Ubushikiranganji bw'Abakozi ba Leta ibaruwa yo gutakamba.",
            "fr": "Sans réponse sous 15 jours, adressez une réclamation écrite au secrétaire permanent du ministère de la Fonction publique.",
            "en": "If there is no answer within 15 days, send a written complaint to the Permanent Secretary of the Ministry of the Civil Service.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Andika ibaruwa isaba icemezo",
                    "fr": "Écrire la demande",
                    "en": "Write the request",
                },
                "description": {
                    "rn": "Andika ibaruwa isaba icemezo c'akazi, werekane inomero yawe y'umukozi n'igituma ugikeneye, maze uyishikirize ibiro bishinzwe abakozi.",
                    "fr": "Rédigez une demande d'attestation indiquant votre matricule et le motif, puis déposez-la au service du personnel.",
                    "en": "Write a request stating your staff number and the reason, then hand it in at the personnel office.",
                },
                "location": {
                    "rn": "Ibiro bishinzwe abakozi mu bushikiranganji ukorera",
                    "fr": "Service du personnel de votre ministère",
                    "en": "Personnel office of your ministry",
                },
                "handled_by": {
                    "rn": "Umukozi w'ibiro bishinzwe abakozi",
                    "fr": "Agent du service du personnel",
                    "en": "Personnel officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Isuzuma rya dosiye yawe y'akazi",
                    "fr": "Vérification du dossier de carrière",
                    "en": "Check of your career file",
                },
                "description": {
                    "rn": "Ibiro bishinzwe abakozi birihweza dosiye yawe: inomero y'umukozi, igikorwa ukora n'itariki watanguriyeko akazi.",
                    "fr": "Le service du personnel vérifie votre dossier : matricule, poste occupé et date d'entrée en service.",
                    "en": "The personnel office checks your file: staff number, post held and start date.",
                },
                "location": {
                    "rn": "Ibiro bishinzwe abakozi mu bushikiranganji ukorera",
                    "fr": "Service du personnel de votre ministère",
                    "en": "Personnel office of your ministry",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe amadosiye y'abakozi",
                    "fr": "Gestionnaire des dossiers du personnel",
                    "en": "Personnel records officer",
                },
                "expected_days": 5,
            },
            {
                "title": {
                    "rn": "Fata icemezo cashizweko umukono",
                    "fr": "Retirer l'attestation signée",
                    "en": "Collect the signed certificate",
                },
                "description": {
                    "rn": "Icemezo gishirwako umukono n'umuyobozi abifitiye ububasha; uja kugifata wewe nyene witwaje ikarata karangamuntu.",
                    "fr": "L'attestation est signée par le responsable habilité ; retirez-la en personne avec votre CNI.",
                    "en": "The certificate is signed by the authorised manager; collect it in person with your identity card.",
                },
                "location": {
                    "rn": "Ibiro bishinzwe abakozi mu bushikiranganji ukorera",
                    "fr": "Service du personnel de votre ministère",
                    "en": "Personnel office of your ministry",
                },
                "handled_by": {
                    "rn": "Umuyobozi ashinzwe abakozi",
                    "fr": "Directeur des ressources humaines",
                    "en": "Head of human resources",
                },
                "expected_days": 2,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ibaruwa isaba icemezo c'akazi",
                    "fr": "Lettre de demande d'attestation",
                    "en": "Request letter",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu",
                    "fr": "Carte nationale d'identité",
                    "en": "National identity card",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urupapuro rw'umushahara uheruka canke icemezo c'ishirwa mu kazi",
                    "fr": "Dernier bulletin de paie ou acte de nomination",
                    "en": "Latest payslip or appointment decision",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Icemezo c'akazi",
                    "fr": "Attestation de service",
                    "en": "Certificate of service",
                },
                "amount_bif": 0,
                "payment": {
                    "rn": "Nta mafaranga usabwa; nta muntu akwiye kugusaba amafaranga kuri iki cemezo.",
                    "fr": "Gratuit ; personne ne doit vous demander d'argent pour cette attestation.",
                    "en": "Free; nobody should ask you for money for this certificate.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Uwusaba ntari ku rutonde rw'abakozi ba Leta canke ntafise inomero y'umukozi.",
                "fr": "Le demandeur ne figure pas au fichier des fonctionnaires ou n'a pas de matricule.",
                "en": "The applicant is not on the civil service register or has no staff number.",
            },
            {
                "rn": "Amakuru yatanzwe ntahuye n'ari muri dosiye y'akazi y'uwusaba.",
                "fr": "Les informations fournies ne concordent pas avec le dossier de carrière.",
                "en": "The details given do not match the applicant's career file.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/28 du 23 août 2006 portant Statut général des fonctionnaires",
                "title": {
                    "rn": "Itegeko rigenga abakozi ba Leta",
                    "fr": "Statut général des fonctionnaires",
                    "en": "General Statute of Civil Servants",
                },
                "article": "",
                "date": "2006-08-23",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "diploma-equivalence",
        "institution": "exams-directorate",
        "themes": ["education"],
        "offices": ["exams-gitega"],
        "title": {
            "rn": "Gusaba ukuringanizwa kw'impamyabumenyi yo mu mahanga",
            "fr": "Demande d'équivalence d'un diplôme étranger",
            "en": "Applying for equivalence of a foreign diploma",
        },
        "summary": {
            "rn": "Iyo waronkeye impamyabumenyi y'amashure yisumbuye mu mahanga, icemezo c'ukuringanizwa gituma yemerwa mu Burundi, nko kwinjira muri kaminuza canke mu kazi.",
            "fr": "Si vous avez obtenu un diplôme d'études secondaires à l'étranger, l'équivalence le fait reconnaître au Burundi, par exemple pour l'université ou un emploi.",
            "en": "If you obtained a secondary school diploma abroad, an equivalence has it recognised in Burundi, for example for university or a job.",
        },
        "eligibility": {
            "rn": "Umuntu wese afise impamyabumenyi y'amashure yisumbuye yaronkeye mu mahanga. Impamyabumenyi za kaminuza zisabirwa ku Komisiyo y'igihugu ishinzwe amashure makuru (CNES).",
            "fr": "Toute personne titulaire d'un diplôme d'études secondaires obtenu à l'étranger. Les diplômes universitaires relèvent de la Commission nationale de l'enseignement supérieur (CNES).",
            "en": "Anyone holding a secondary school diploma obtained abroad. University degrees are handled by the National Commission for Higher Education (CNES).",
        },
        "validity": {
            "rn": "Nta gihe kirangira.",
            "fr": "Sans limite de durée.",
            "en": "No expiry.",
        },
        "renewal": {
            "rn": "Ntigisubirwamwo; iyo ukeneye izindi kopi, saba kopi zemejwe ku biro vy'ibizamini.",
            "fr": "Non renouvelable ; pour d'autres exemplaires, demandez des copies certifiées à la Direction des examens.",
            "en": "Not renewable; if you need more copies, ask the Directorate of Examinations for certified copies.",
        },
        "if_lost": {
            "rn": "Saba kopi yemejwe y'icemezo c'ukuringanizwa ku biro vy'ibizamini i Gitega, werekana ikarata karangamuntu n'icemezo c'uko cazimiye catanzwe n'igipolisi.",
            "fr": "Demandez une copie certifiée de l'équivalence à Gitega, avec votre CNI et l'attestation de perte de la police.",
            "en": "Ask the Gitega office for a certified copy of the equivalence, with your identity card and the police loss certificate.",
        },
        "recourse": {
            "rn": "Iyo utemeranya n'inyishu, andikira Minisitiri w'Inyigisho ibaruwa yo gutakamba mu mezi 2, ufatanije n'ivyemezo bishasha nimba ubifise.",
            "fr": "En cas de désaccord, adressez un recours écrit au ministre de l'Éducation dans les 2 mois, avec toute pièce nouvelle.",
            "en": "If you disagree, send a written appeal to the Minister of Education within 2 months, with any new documents.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Emeza impamyabumenyi mu gihugu yatangiwemwo",
                    "fr": "Faire légaliser le diplôme dans le pays d'origine",
                    "en": "Have the diploma legalised in the issuing country",
                },
                "description": {
                    "rn": "Saba Ubushikiranganji bw'inyigisho bw'igihugu wizemwo, canke Ubuserukizi bwaco mu Burundi, kwemeza impamyabumenyi n'amanota yawe.",
                    "fr": "Faites légaliser le diplôme et les relevés de notes par le ministère de l'Éducation du pays d'origine ou son ambassade au Burundi.",
                    "en": "Have the diploma and transcripts legalised by the issuing country's education ministry or its embassy in Burundi.",
                },
                "location": {
                    "rn": "Ubushikiranganji bw'inyigisho bw'igihugu wizemwo canke Ubuserukizi bwaco",
                    "fr": "Ministère de l'Éducation du pays d'origine ou son ambassade",
                    "en": "Issuing country's education ministry or its embassy",
                },
                "handled_by": {
                    "rn": "Abakozi b'ico gihugu bashinzwe kwemeza ivyemezo",
                    "fr": "Service de légalisation de ce pays",
                    "en": "That country's legalisation service",
                },
                "expected_days": 14,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye hanyuma urihe",
                    "fr": "Déposer le dossier et payer",
                    "en": "Submit the file and pay",
                },
                "description": {
                    "rn": "Zana urupapuro MEN-EQ-01 rwujujwe n'ivyemezo vyose ku biro vy'ibizamini i Gitega, urihe amafaranga yo kwiga dosiye, uhabwe icemezo c'uko wayitanze.",
                    "fr": "Déposez le formulaire MEN-EQ-01 rempli et les pièces à la Direction des examens à Gitega, payez les frais et recevez un récépissé.",
                    "en": "Hand in form MEN-EQ-01 and the documents at the Directorate of Examinations in Gitega, pay the fee and receive a receipt.",
                },
                "location": {
                    "rn": "Ubuyobozi bw'ibizamini n'ukuringanizwa kw'impamyabumenyi i Gitega",
                    "fr": "Direction des examens, certifications et équivalences à Gitega",
                    "en": "Directorate of Examinations, Certification and Equivalences in Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi yakira amadosiye",
                    "fr": "Agent du guichet de dépôt",
                    "en": "Filing desk officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Isuzuma rya komisiyo n'inyishu",
                    "fr": "Examen par la commission et décision",
                    "en": "Committee review and decision",
                },
                "description": {
                    "rn": "Komisiyo y'ukuringanizwa igereranya inyigisho wakurikiye n'iz'i Burundi, hanyuma ikakumenyesha urwego impamyabumenyi yawe iringaniye.",
                    "fr": "La commission d'équivalence compare votre cursus avec le système burundais et vous notifie le niveau reconnu.",
                    "en": "The equivalence committee compares your studies with the Burundian system and notifies you of the recognised level.",
                },
                "location": {
                    "rn": "Ubuyobozi bw'ibizamini i Gitega",
                    "fr": "Direction des examens à Gitega",
                    "en": "Directorate of Examinations in Gitega",
                },
                "handled_by": {
                    "rn": "Komisiyo y'ukuringanizwa kw'impamyabumenyi",
                    "fr": "Commission des équivalences",
                    "en": "Equivalence committee",
                },
                "expected_days": 30,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba ukuringanizwa kw'impamyabumenyi rwujujwe",
                    "fr": "Formulaire de demande d'équivalence rempli",
                    "en": "Completed equivalence request form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "MEN-EQ-01",
            },
            {
                "name": {
                    "rn": "Impamyabumenyi n'amanota vyemejwe",
                    "fr": "Diplôme et relevés de notes légalisés",
                    "en": "Legalised diploma and transcripts",
                },
                "originals": 1, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ihindurwa ryemewe ry'impamyabumenyi mu gifaransa canke mu congereza",
                    "fr": "Traduction officielle du diplôme en français ou en anglais",
                    "en": "Official translation of the diploma into French or English",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Iyo impamyabumenyi yanditswe mu rundi rurimi",
                    "fr": "Si le diplôme est rédigé dans une autre langue",
                    "en": "If the diploma is in another language",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu canke pasiporo",
                    "fr": "CNI ou passeport",
                    "en": "Identity card or passport",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kwiga dosiye y'ukuringanizwa kw'impamyabumenyi",
                    "fr": "Étude du dossier d'équivalence",
                    "en": "Equivalence file review",
                },
                "amount_bif": 50000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya Leta werekanywe n'Ubuyobozi bw'ibizamini, hanyuma ushire icemezo c'iriha muri dosiye.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor indiqué par la Direction des examens ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the Treasury account given by the Directorate; attach the slip to your file.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Ishure ryatanze impamyabumenyi ntiryemewe n'igihugu ririmwo.",
                "fr": "L'établissement qui a délivré le diplôme n'est pas reconnu dans son pays.",
                "en": "The school that issued the diploma is not recognised in its own country.",
            },
            {
                "rn": "Impamyabumenyi canke amanota ntivyemejwe, canke hariho ibimenyetso vy'uko vyahinduwe.",
                "fr": "Le diplôme ou les relevés ne sont pas légalisés, ou présentent des signes de falsification.",
                "en": "The diploma or transcripts are not legalised, or show signs of tampering.",
            },
            {
                "rn": "Imyaka y'inyigisho wakurikiye ntishika iyisabwa mu Burundi kuri urwo rwego.",
                "fr": "La durée des études suivies est inférieure à celle exigée au Burundi pour ce niveau.",
                "en": "The length of your studies is shorter than Burundi requires for that level.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/19 du 10 septembre 2013 portant organisation de l'enseignement de base et secondaire",
                "title": {
                    "rn": "Itegeko rigenga inyigisho z'ibanze n'iz'amashure yisumbuye",
                    "fr": "Loi portant organisation de l'enseignement de base et secondaire",
                    "en": "Law on the organisation of basic and secondary education",
                },
                "article": "",
                "date": "2013-09-10",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "slug": "diploma-authentication",
        "institution": "exams-directorate",
        "themes": ["education"],
        "offices": ["exams-gitega"],
        "title": {
            "rn": "Kwemeza impamyabumenyi ya Leta no gusaba kopi zayo zemejwe",
            "fr": "Authentification d'un diplôme d'État et copies certifiées",
            "en": "Authenticating a state diploma and getting certified copies",
        },
        "summary": {
            "rn": "Ubuyobozi bw'ibizamini buremeza ko impamyabumenyi yawe ya Leta ari iy'ukuri kandi bukaguha kopi zemejwe. Izo kopi zisabwa n'amashure, abakoresha n'ibihugu vy'amahanga.",
            "fr": "La Direction des examens atteste l'authenticité de votre diplôme d'État et vous délivre des copies certifiées, exigées par les écoles, les employeurs et les pays étrangers.",
            "en": "The Directorate of Examinations confirms that your state diploma is genuine and issues certified copies, which schools, employers and foreign countries ask for.",
        },
        "eligibility": {
            "rn": "Uwaronse impamyabumenyi ya Leta mu Burundi, canke uwo yahaye ububasha bwanditse. Umukoresha canke ishure na ryo rirashobora gusaba kwihweza impamyabumenyi.",
            "fr": "Le titulaire d'un diplôme d'État burundais ou son mandataire. Un employeur ou une école peut aussi demander une vérification.",
            "en": "The holder of a Burundian state diploma or their representative. An employer or school may also ask for a check.",
        },
        "validity": {
            "rn": "Kwemeza nta gihe birangira, ariko ibihugu bimwe bisaba kopi yemejwe itarengeje amezi 6.",
            "fr": "L'authentification n'expire pas, mais certains pays exigent une copie certifiée de moins de 6 mois.",
            "en": "Authentication does not expire, but some countries want a certified copy less than 6 months old.",
        },
        "renewal": {
            "rn": "Ntibisubirwamwo; saba izindi kopi zemejwe igihe cose uzikeneye.",
            "fr": "Non renouvelable ; demandez de nouvelles copies certifiées quand vous en avez besoin.",
            "en": "Not renewable; ask for new certified copies whenever you need them.",
        },
        "if_lost": {
            "rn": "Iyo impamyabumenyi nyayo yazimiye, saba icemezo c'uko watsinze ikizamini ca Leta ku Buyobozi bw'ibizamini, witwaje icemezo c'uko yazimiye catanzwe n'igipolisi.",
            "fr": "Si l'original est perdu, demandez une attestation de réussite à la Direction des examens avec l'attestation de perte de la police.",
            "en": "If the original is lost, ask the Directorate for a certificate of success in the state exam, bringing the police loss certificate.",
        },
        "recourse": {
            "rn": "Iyo wanswe, andikira Umuyobozi w'ibizamini ibaruwa yo gutakamba. Iyo atishuye mu kwezi 1, takambira Minisitiri w'Inyigisho.",
            "fr": "En cas de refus, écrivez au directeur des examens. Sans réponse dans le mois, saisissez le ministre de l'Éducation.",
            "en": "If refused, write to the Director of Examinations. If there is no answer within a month, appeal to the Minister of Education.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Shikiriza impamyabumenyi n'ibaruwa isaba",
                    "fr": "Déposer le diplôme et la demande",
                    "en": "Hand in the diploma and the request",
                },
                "description": {
                    "rn": "Zana impamyabumenyi nyayo, kopi zayo n'ibaruwa isaba ku biro vy'ibizamini, hanyuma urihe amafaranga muri banki.",
                    "fr": "Apportez l'original du diplôme, les photocopies et la lettre de demande à la Direction des examens, puis payez les frais en banque.",
                    "en": "Bring the original diploma, photocopies and the request letter to the Directorate of Examinations, then pay the fee at the bank.",
                },
                "location": {
                    "rn": "Ubuyobozi bw'ibizamini n'ukuringanizwa kw'impamyabumenyi i Gitega",
                    "fr": "Direction des examens, certifications et équivalences à Gitega",
                    "en": "Directorate of Examinations, Certification and Equivalences in Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi yakira amadosiye",
                    "fr": "Agent du guichet de dépôt",
                    "en": "Filing desk officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Igenzura mu bitabo vy'ikizamini",
                    "fr": "Vérification dans les registres d'examen",
                    "en": "Check against the exam records",
                },
                "description": {
                    "rn": "Abakozi bagereranya impamyabumenyi yawe n'ibitabo vy'amanota vy'ikizamini ca Leta c'umwaka wayironseko.",
                    "fr": "Les agents comparent votre diplôme avec les registres de résultats de l'examen d'État de l'année concernée.",
                    "en": "Officers compare your diploma with the state exam results register for the year concerned.",
                },
                "location": {
                    "rn": "Ububiko bw'amakuru y'ibizamini i Gitega",
                    "fr": "Archives des examens à Gitega",
                    "en": "Exam archives in Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe ububiko bw'amakuru y'ibizamini",
                    "fr": "Archiviste des examens",
                    "en": "Exam records officer",
                },
                "expected_days": 7,
            },
            {
                "title": {
                    "rn": "Fata kopi zemejwe",
                    "fr": "Retirer les copies certifiées",
                    "en": "Collect the certified copies",
                },
                "description": {
                    "rn": "Garuka ku musi wabwiwe, usubizwe impamyabumenyi nyayo hamwe na kopi zashizweko ikimenyetso n'umukono w'Ubuyobozi.",
                    "fr": "Revenez à la date indiquée pour récupérer l'original et les copies revêtues du cachet et de la signature de la Direction.",
                    "en": "Come back on the date given to get back the original and the copies bearing the Directorate's stamp and signature.",
                },
                "location": {
                    "rn": "Ibiro vy'ibizamini i Gitega",
                    "fr": "Direction des examens à Gitega",
                    "en": "Directorate of Examinations in Gitega",
                },
                "handled_by": {
                    "rn": "Umukozi atanga ivyemezo",
                    "fr": "Agent de délivrance",
                    "en": "Issuing officer",
                },
                "expected_days": 0,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ibaruwa isaba kwemeza impamyabumenyi",
                    "fr": "Lettre de demande d'authentification",
                    "en": "Authentication request letter",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Impamyabumenyi ya Leta nyayo n'izo kopi zo kwemeza",
                    "fr": "Original du diplôme d'État et photocopies à certifier",
                    "en": "Original state diploma and photocopies to certify",
                },
                "originals": 1, "copies": 3, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu",
                    "fr": "Carte nationale d'identité",
                    "en": "National identity card",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ububasha bwanditse bwatanzwe na nyen'impamyabumenyi",
                    "fr": "Procuration écrite du titulaire du diplôme",
                    "en": "Written power of attorney from the diploma holder",
                },
                "originals": 1, "copies": 0, "certified": True,
                "condition": {
                    "rn": "Iyo usaba mu kibanza c'uwundi",
                    "fr": "Si vous agissez pour le compte du titulaire",
                    "en": "If you apply on the holder's behalf",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Kwemeza impamyabumenyi (kopi 3 zemejwe zirimwo)",
                    "fr": "Authentification du diplôme (3 copies certifiées incluses)",
                    "en": "Diploma authentication (3 certified copies included)",
                },
                "amount_bif": 10000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya Leta werekanywe n'Ubuyobozi bw'ibizamini, uzane icemezo c'iriha.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor indiqué par la Direction des examens ; présentez le bordereau.",
                    "en": "Pay at an approved bank into the Treasury account given by the Directorate; bring the slip.",
                },
            },
            {
                "label": {
                    "rn": "Kopi yemejwe yiyongereye",
                    "fr": "Copie certifiée supplémentaire",
                    "en": "Each extra certified copy",
                },
                "amount_bif": 2000,
                "payment": {
                    "rn": "Riha hamwe n'amafaranga yo kwemeza, muri banki imwe nyene kuri konti imwe.",
                    "fr": "À payer avec les frais d'authentification, à la même banque et sur le même compte.",
                    "en": "Pay together with the authentication fee, at the same bank into the same account.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Impamyabumenyi ntiboneka mu bitabo vy'ikizamini ca Leta, bigakekwa ko ari impimbano.",
                "fr": "Le diplôme ne figure pas dans les registres de l'examen d'État et est suspecté d'être faux.",
                "en": "The diploma is not in the state exam registers and is suspected to be forged.",
            },
            {
                "rn": "Impamyabumenyi nyayo ntiyazanywe, canke yononekaye ku buryo idasomeka.",
                "fr": "L'original n'est pas présenté ou est trop abîmé pour être lu.",
                "en": "The original is not shown or is too damaged to read.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/19 du 10 septembre 2013 portant organisation de l'enseignement de base et secondaire",
                "title": {
                    "rn": "Itegeko rigenga inyigisho z'ibanze n'iz'amashure yisumbuye",
                    "fr": "Loi portant organisation de l'enseignement de base et secondaire",
                    "en": "Law on the organisation of basic and secondary education",
                },
                "article": "",
                "date": "2013-09-10",
                "url": "",
            },
            {
                "kind": "code",
                "reference": "Loi n°1/27 du 29 décembre 2017 portant révision du Code pénal",
                "title": {
                    "rn": "Igitabu c'amategeko ahana ibicumuro (ku vyerekeye kwigana impapuro)",
                    "fr": "Code pénal (faux en écritures)",
                    "en": "Penal Code (forgery of documents)",
                },
                "article": "",
                "date": "2017-12-29",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "slug": "state-exam-registration-private-candidate",
        "institution": "exams-directorate",
        "themes": ["education"],
        "offices": ["exams-gitega"],
        "title": {
            "rn": "Kwiyandikisha mu kizamini ca Leta nk'umukandida yigenga",
            "fr": "Inscription d'un candidat libre à l'examen d'État",
            "en": "Registering as a private candidate for the state exam",
        },
        "summary": {
            "rn": "Umuntu atiga mu ishure arashobora kwiyandikisha nk'umukandida yigenga kugira ngo akore ikizamini ca Leta c'irangiza amashure yisumbuye. Iyandikwa riba rimwe mu mwaka, ku matariki yamenyeshejwe.",
            "fr": "Une personne non scolarisée peut s'inscrire comme candidat libre à l'examen d'État de fin d'études secondaires. Les inscriptions ont lieu une fois par an, aux dates annoncées.",
            "en": "Someone not enrolled in a school can register as a private candidate for the end-of-secondary state exam. Registration happens once a year, on the announced dates.",
        },
        "eligibility": {
            "rn": "Umuntu yize amashure ya nyuma y'ay'ibanze gushika ku mwaka wa nyuma ariko ataronka impamyabumenyi ya Leta, kandi atanditswe mu ishure uwo mwaka.",
            "fr": "Toute personne ayant suivi le cycle post-fondamental jusqu'en dernière année sans obtenir le diplôme d'État, et non inscrite dans une école cette année.",
            "en": "Anyone who reached the final year of post-basic secondary school without obtaining the state diploma and is not enrolled in a school this year.",
        },
        "validity": {
            "rn": "Iyandikwa ryemewe ku kizamini c'uwo mwaka gusa.",
            "fr": "L'inscription vaut uniquement pour la session de l'année.",
            "en": "Registration is valid for that year's exam session only.",
        },
        "renewal": {
            "rn": "Iyo utatsinze canke utakoze ikizamini, ugomba kwongera kwiyandikisha mu mwaka ukurikira, ukongera ukariha.",
            "fr": "En cas d'échec ou d'absence, réinscrivez-vous l'année suivante en payant de nouveau les droits.",
            "en": "If you fail or miss the exam, register again the following year and pay the fee again.",
        },
        "if_lost": {
            "rn": "Iyo wataye ikarata y'umukandida, saba iyindi ku biro vy'ibizamini i Gitega imbere y'umusi w'ikizamini, witwaje ikarata karangamuntu.",
            "fr": "En cas de perte de la carte de candidat, demandez un duplicata à Gitega avant le jour de l'examen, avec votre CNI.",
            "en": "If you lose your candidate card, ask the Gitega office for a duplicate before exam day, bringing your identity card.",
        },
        "recourse": {
            "rn": "Iyo izina ryawe ritari ku rutonde rw'abemerewe, andikira Umuyobozi w'ibizamini mu misi 7 uhereye igihe urutonde rwamenyekaniye.",
            "fr": "Si votre nom ne figure pas sur la liste des admis, écrivez au directeur des examens dans les 7 jours suivant sa publication.",
            "en": "If your name is not on the list of accepted candidates, write to the Director of Examinations within 7 days of its publication.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Kurikirana itangazo ry'iyandikwa",
                    "fr": "Suivre l'annonce des inscriptions",
                    "en": "Watch for the registration notice",
                },
                "description": {
                    "rn": "Umviriza itangazo ry'Ubuyobozi bw'ibizamini ku maradiyo no ku rubuga rwabwo, maze wegeranye impapuro zisabwa imbere y'uko igihe kirangira.",
                    "fr": "Suivez l'annonce de la Direction des examens à la radio et sur son site, puis rassemblez les pièces avant la date limite.",
                    "en": "Follow the Directorate of Examinations' notice on the radio and its website, then gather the documents before the deadline.",
                },
                "location": {
                    "rn": "Amaradiyo n'urubuga rw'Ubushikiranganji bw'Inyigisho",
                    "fr": "Radio et site du ministère de l'Éducation",
                    "en": "Radio and the Ministry of Education website",
                },
                "handled_by": {
                    "rn": "Uwusaba ubwiwe",
                    "fr": "Le candidat lui-même",
                    "en": "The candidate",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Shikiriza dosiye hanyuma urihe",
                    "fr": "Déposer le dossier et payer",
                    "en": "Submit the file and pay",
                },
                "description": {
                    "rn": "Zana dosiye yuzuye ku biro vy'ibizamini canke ku biro vy'inyigisho vy'intara, urihe amafaranga yo kwiyandikisha, uhabwe icemezo c'uko wiyandikishije.",
                    "fr": "Déposez le dossier complet à la Direction des examens ou à la direction provinciale de l'éducation, payez les droits et recevez un récépissé.",
                    "en": "Hand in the complete file at the Directorate of Examinations or the provincial education office, pay the fee and receive a receipt.",
                },
                "location": {
                    "rn": "Ubuyobozi bw'ibizamini i Gitega canke ibiro vy'inyigisho vy'intara",
                    "fr": "Direction des examens à Gitega ou direction provinciale de l'éducation",
                    "en": "Directorate of Examinations in Gitega or provincial education office",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe kwandika abakandida",
                    "fr": "Agent chargé des inscriptions",
                    "en": "Registration officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Raba urutonde hanyuma ufate ikarata y'umukandida",
                    "fr": "Vérifier la liste et retirer la carte de candidat",
                    "en": "Check the list and collect your candidate card",
                },
                "description": {
                    "rn": "Raba ko izina ryawe riri ku rutonde rw'abemerewe, hanyuma ufate ikarata y'umukandida yerekana aho uzokorera ikizamini.",
                    "fr": "Vérifiez que votre nom figure sur la liste des admis, puis retirez la carte de candidat qui indique votre centre d'examen.",
                    "en": "Check that your name is on the list of accepted candidates, then collect the candidate card showing your exam centre.",
                },
                "location": {
                    "rn": "Aho watangiye dosiye",
                    "fr": "Au lieu de dépôt du dossier",
                    "en": "Where you filed",
                },
                "handled_by": {
                    "rn": "Umukozi ashinzwe kwandika abakandida",
                    "fr": "Agent chargé des inscriptions",
                    "en": "Registration officer",
                },
                "expected_days": 30,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Ibaruwa isaba kwiyandikisha nk'umukandida yigenga",
                    "fr": "Lettre de demande d'inscription comme candidat libre",
                    "en": "Letter requesting registration as a private candidate",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu",
                    "fr": "Carte nationale d'identité",
                    "en": "National identity card",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urupapuro rw'amanota y'umwaka wa nyuma wizeko",
                    "fr": "Bulletin de notes de la dernière année suivie",
                    "en": "Report card from the last year attended",
                },
                "originals": 0, "copies": 1, "certified": True,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Amafoto abiri y'ubwoko bwa pasiporo",
                    "fr": "Deux photos d'identité",
                    "en": "Two passport-size photos",
                },
                "originals": 2, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Amafaranga yo kwiyandikisha mu kizamini ca Leta",
                    "fr": "Droits d'inscription à l'examen d'État",
                    "en": "State exam registration fee",
                },
                "amount_bif": 20000,
                "payment": {
                    "rn": "Riha muri banki yemewe kuri konti ya Leta yerekanywe mu itangazo, uzane icemezo c'iriha hamwe na dosiye.",
                    "fr": "Paiement en banque agréée sur le compte du Trésor indiqué dans l'annonce ; joignez le bordereau au dossier.",
                    "en": "Pay at an approved bank into the Treasury account given in the notice; attach the slip to your file.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Dosiye yatanzwe igihe c'iyandikwa carangiye.",
                "fr": "Le dossier a été déposé après la date limite d'inscription.",
                "en": "The file was handed in after the registration deadline.",
            },
            {
                "rn": "Uwusaba yanditswe nk'umunyeshure mu ishure uwo mwaka.",
                "fr": "Le demandeur est inscrit comme élève dans une école cette année.",
                "en": "The applicant is enrolled as a pupil in a school this year.",
            },
            {
                "rn": "Nta cemezo cerekana ko uwusaba yize gushika ku mwaka wa nyuma.",
                "fr": "Aucune preuve que le demandeur a atteint la dernière année du cycle.",
                "en": "No proof that the applicant reached the final year of the cycle.",
            },
        ],
        "legal_bases": [
            {
                "kind": "law",
                "reference": "Loi n°1/19 du 10 septembre 2013 portant organisation de l'enseignement de base et secondaire",
                "title": {
                    "rn": "Itegeko rigenga inyigisho z'ibanze n'iz'amashure yisumbuye",
                    "fr": "Loi portant organisation de l'enseignement de base et secondaire",
                    "en": "Law on the organisation of basic and secondary education",
                },
                "article": "",
                "date": "2013-09-10",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "slug": "medical-assistance-card",
        "institution": "cam-programme",
        "themes": ["health"],
        "offices": ["cam-gitega", "cam-ngozi"],
        "title": {
            "rn": "Gusaba ikarata y'ukwivuza (CAM)",
            "fr": "Demande de carte d'assistance médicale (CAM)",
            "en": "Applying for a medical assistance card (CAM)",
        },
        "summary": {
            "rn": "Ikarata y'ukwivuza (CAM) ituma umuryango wose wivuriza mu mavuriro ya Leta, ukariha 20% gusa y'amafaranga yo kuvurwa n'ay'imiti. Isabwa umuntu mukuru wese atagira ubundi bwishingizi bw'ukwivuza.",
            "fr": "La CAM permet à tout le ménage de se faire soigner dans les structures publiques en ne payant que 20 % des soins et des médicaments. Elle est exigée de tout adulte sans autre assurance maladie.",
            "en": "The CAM lets the whole household get care in public health facilities while paying only 20% of treatment and medicine costs. Every adult without other health insurance must have one.",
        },
        "eligibility": {
            "rn": "Umuntu mukuru wese atagira ubundi bwishingizi bw'ukwivuza, nka MFP. Ikarata iravura nyen'ukuyigura, uwo bubakanye n'abana babo batarashika imyaka 18.",
            "fr": "Tout adulte sans autre assurance maladie (comme la MFP). La carte couvre le titulaire, son conjoint et leurs enfants de moins de 18 ans.",
            "en": "Any adult without other health insurance (such as the MFP). The card covers the holder, their spouse and their children under 18.",
        },
        "validity": {
            "rn": "Ikarata imara umwaka 1 uhereye ku musi yatangiweko.",
            "fr": "Valable 1 an à compter de la date de délivrance.",
            "en": "Valid 1 year from the date of issue.",
        },
        "renewal": {
            "rn": "Gura ikarata nshasha imbere y'uko iyo ufise irangira, ku vuriro ryawe canke ku biro vya CAM, uzanye iya kera.",
            "fr": "Achetez une nouvelle carte avant l'expiration, au centre de santé ou au bureau de la CAM, en rapportant l'ancienne.",
            "en": "Buy a new card before the old one expires, at your health centre or a CAM office, bringing the old card.",
        },
        "if_lost": {
            "rn": "Bimenyeshe ivuriro wiyandikishirijeko. Bamaze kuraba mu gitabo c'abafise CAM, baraguha iyindi ukariha amafaranga y'ikarata nshasha.",
            "fr": "Signalez la perte au centre de santé où vous êtes inscrit ; après vérification dans le registre, une nouvelle carte vous est délivrée contre paiement.",
            "en": "Report the loss to the health centre where you registered; after a check in the register, you get a new card for the usual fee.",
        },
        "recourse": {
            "rn": "Iyo wanswe ikarata canke ukankwa kuvurwa uyifise, tanga ikirego ku biro vya CAM vy'intara canke ku Biro vy'amagara vy'intara.",
            "fr": "En cas de refus de la carte ou des soins, adressez une plainte au bureau provincial de la CAM ou au Bureau provincial de santé.",
            "en": "If you are refused the card or care with it, complain to the CAM provincial office or the Provincial Health Office.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Uzuza urupapuro rwo gusaba",
                    "fr": "Remplir le formulaire",
                    "en": "Fill in the form",
                },
                "description": {
                    "rn": "Fata urupapuro MSP-CAM-01 ku vuriro riri hafi canke ku biro vya CAM, urwuzuze wandika abagize umuryango wawe bose.",
                    "fr": "Retirez le formulaire MSP-CAM-01 au centre de santé le plus proche ou au bureau de la CAM et inscrivez-y tous les membres du ménage.",
                    "en": "Get form MSP-CAM-01 at the nearest health centre or CAM office and list every member of your household on it.",
                },
                "location": {
                    "rn": "Ivuriro rya Leta riri hafi canke ibiro vya CAM vy'intara",
                    "fr": "Centre de santé public le plus proche ou bureau provincial de la CAM",
                    "en": "Nearest public health centre or CAM provincial office",
                },
                "handled_by": {
                    "rn": "Umukozi w'ivuriro ashinzwe CAM",
                    "fr": "Agent CAM du centre de santé",
                    "en": "Health centre CAM officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Riha ikarata",
                    "fr": "Payer la carte",
                    "en": "Pay for the card",
                },
                "description": {
                    "rn": "Riha 3 000 BIF y'ikarata y'ukwivuza na 1 000 BIF y'ikarata y'imodoka itwara indembe, uhabwe icemezo c'iriha.",
                    "fr": "Payez 3 000 BIF pour la CAM et 1 000 BIF pour la carte ambulance ; un reçu vous est remis.",
                    "en": "Pay 3,000 BIF for the CAM and 1,000 BIF for the ambulance card; you receive a receipt.",
                },
                "location": {
                    "rn": "Aho watangiye urupapuro",
                    "fr": "Au lieu de dépôt du formulaire",
                    "en": "Where you handed in the form",
                },
                "handled_by": {
                    "rn": "Umukozi w'ivuriro yakira amafaranga",
                    "fr": "Caissier du centre de santé",
                    "en": "Health centre cashier",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Akira ikarata yawe",
                    "fr": "Recevoir la carte",
                    "en": "Receive your card",
                },
                "description": {
                    "rn": "Ikarata yandikwako amazina n'amafoto y'abagize umuryango, igashirwako ikimenyetso c'ivuriro. Iratangura gukora uwo musi nyene.",
                    "fr": "La carte porte les noms et photos des membres du ménage et le cachet du centre de santé. Elle est valable dès sa remise.",
                    "en": "The card shows the household members' names and photos and the health centre's stamp. It is valid from the day you receive it.",
                },
                "location": {
                    "rn": "Ivuriro wiyandikishirijeko",
                    "fr": "Centre de santé d'inscription",
                    "en": "Health centre where you registered",
                },
                "handled_by": {
                    "rn": "Umukozi w'ivuriro ashinzwe CAM",
                    "fr": "Agent CAM du centre de santé",
                    "en": "Health centre CAM officer",
                },
                "expected_days": 3,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Urupapuro rwo gusaba ikarata y'ukwivuza rwujujwe",
                    "fr": "Formulaire de demande de CAM rempli",
                    "en": "Completed CAM application form",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": "MSP-CAM-01",
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu y'uwusaba",
                    "fr": "CNI du demandeur",
                    "en": "Applicant's identity card",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Ifoto imwe y'ubwoko bwa pasiporo ya buri muntu w'umuryango",
                    "fr": "Une photo d'identité de chaque membre du ménage",
                    "en": "One passport-size photo of each household member",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Icemezo c'ivuka c'abana canke icemezo c'ubugeni",
                    "fr": "Actes de naissance des enfants ou acte de mariage",
                    "en": "Children's birth certificates or marriage certificate",
                },
                "originals": 0, "copies": 1, "certified": False,
                "condition": {
                    "rn": "Kugira ngo uwo mwubakanye n'abana bashirwe ku karata",
                    "fr": "Pour inscrire le conjoint et les enfants sur la carte",
                    "en": "To add your spouse and children to the card",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Ikarata y'ukwivuza (CAM) y'umwaka 1",
                    "fr": "Carte d'assistance médicale (CAM), 1 an",
                    "en": "Medical assistance card (CAM), 1 year",
                },
                "amount_bif": 3000,
                "payment": {
                    "rn": "Riha amafaranga ku vuriro canke ku biro vya CAM, kandi usabe icemezo c'iriha.",
                    "fr": "Paiement en espèces au centre de santé ou au bureau de la CAM ; exigez un reçu.",
                    "en": "Pay in cash at the health centre or CAM office; ask for a receipt.",
                },
            },
            {
                "label": {
                    "rn": "Ikarata y'imodoka itwara indembe",
                    "fr": "Carte ambulance",
                    "en": "Ambulance card",
                },
                "amount_bif": 1000,
                "payment": {
                    "rn": "Iriwa hamwe n'ikarata y'ukwivuza, aho nyene, ukahabwa icemezo c'iriha.",
                    "fr": "Payée en même temps que la CAM, au même guichet, contre reçu.",
                    "en": "Paid together with the CAM at the same desk, against a receipt.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Uwusaba asanzwe afise ubundi bwishingizi bw'ukwivuza, nka MFP canke ubw'ishirahamwe ryigenga.",
                "fr": "Le demandeur a déjà une autre assurance maladie, comme la MFP ou une assurance privée.",
                "en": "The applicant already has other health insurance, such as the MFP or a private insurer.",
            },
            {
                "rn": "Abana bashizwe ku karata si abiwe, canke barengeje imyaka 18.",
                "fr": "Les enfants inscrits ne sont pas les siens ou ont 18 ans ou plus.",
                "en": "The children listed are not the applicant's or are 18 or older.",
            },
        ],
        "legal_bases": [
            {
                "kind": "ordinance",
                "reference": "Ordonnance ministérielle n°620/57 du 20 mars 1984",
                "title": {
                    "rn": "Itegeko rya Minisitiri rishinga ikarata y'ukwivuza (CAM)",
                    "fr": "Ordonnance portant création de la carte d'assistance médicale (CAM)",
                    "en": "Ordinance creating the medical assistance card (CAM)",
                },
                "article": "",
                "date": "1984-03-20",
                "url": "",
            },
        ],
    },
    # ------------------------------------------------------------------ 11
    {
        "slug": "free-care-under-five-pregnant",
        "institution": "health",
        "themes": ["health"],
        "offices": ["health-centre-gitega"],
        "title": {
            "rn": "Ukuvurwa ku buntu kw'abana batarashika imyaka 5 no kwibaruka ku buntu",
            "fr": "Soins gratuits des enfants de moins de 5 ans et accouchement gratuit",
            "en": "Free care for children under five and free childbirth",
        },
        "summary": {
            "rn": "Mu mavuriro n'ibitaro vya Leta canke ivyemewe na Leta, abana batarashika imyaka 5 baravurwa ku buntu. Kwibaruka na ko ni ku buntu, hamwe n'ukubagwa igihe bikenewe.",
            "fr": "Dans les formations sanitaires publiques et assimilées, les soins des enfants de moins de 5 ans sont gratuits. L'accouchement l'est aussi, césarienne comprise.",
            "en": "In public and state-approved health facilities, care for children under five is free. Childbirth is free too, including a caesarean section.",
        },
        "eligibility": {
            "rn": "Umwana wese atarashika imyaka 5, n'umugore wese aje kwibarukira mu vuriro rya Leta canke iryemewe na Leta.",
            "fr": "Tout enfant de moins de 5 ans et toute femme qui accouche dans une formation sanitaire publique ou assimilée.",
            "en": "Every child under five, and every woman giving birth in a public or state-approved health facility.",
        },
        "validity": {
            "rn": "Ku mwana, ubu buntu burangira ashitse imyaka 5. Ku mugore, bujanye n'ukwibaruka n'ingorane zishobora kukuvamwo.",
            "fr": "Pour l'enfant, la gratuité prend fin à 5 ans. Pour la mère, elle couvre l'accouchement et ses complications.",
            "en": "For a child, free care ends at the fifth birthday. For the mother, it covers the delivery and its complications.",
        },
        "renewal": {
            "rn": "Nta gusaba ukundi. Umwana amaze imyaka 5 ashobora kuvurwa akoresheje ikarata y'ukwivuza (CAM) y'abavyeyi biwe.",
            "fr": "Aucun renouvellement. Après 5 ans, l'enfant peut être soigné avec la CAM de ses parents.",
            "en": "No renewal needed. After age five, the child can be treated with the parents' medical assistance card (CAM).",
        },
        "if_lost": {
            "rn": "Iyo icemezo c'ivuka canke agatabu k'amagara k'umwana vyazimiye, saba ikindi cemezo ku biro vy'irangamimerere vya komine, n'agatabu gashasha ku vuriro.",
            "fr": "Si l'acte de naissance ou le carnet de santé de l'enfant est perdu, demandez un nouvel acte à l'état civil de la commune et un nouveau carnet au centre de santé.",
            "en": "If the child's birth certificate or health booklet is lost, ask the commune's civil registry for a new certificate and the health centre for a new booklet.",
        },
        "recourse": {
            "rn": "Iyo usabwe amafaranga kandi utagomba kuriha, bimenyeshe umuyobozi w'ivuriro canke Ibiro vy'amagara vy'intara.",
            "fr": "Si l'on vous fait payer des soins gratuits, signalez-le au responsable de la structure ou au Bureau provincial de santé.",
            "en": "If you are charged for free care, report it to the head of the facility or the Provincial Health Office.",
        },
        "last_reviewed_on": "2026-09-15",
        "steps": [
            {
                "title": {
                    "rn": "Ja ku vuriro rya Leta riri hafi",
                    "fr": "Se rendre au centre de santé public le plus proche",
                    "en": "Go to the nearest public health centre",
                },
                "description": {
                    "rn": "Zana umwana canke umugore yibungenze ku vuriro, witwaje icemezo c'ivuka canke agatabu k'amagara k'umwana, canke ikarata y'ukwisuzumisha kw'umugore yibungenze.",
                    "fr": "Présentez-vous au centre de santé avec l'acte de naissance ou le carnet de santé de l'enfant, ou la fiche de consultation prénatale.",
                    "en": "Go to the health centre with the child's birth certificate or health booklet, or the antenatal care card.",
                },
                "location": {
                    "rn": "Ivuriro rya Leta canke iryemewe na Leta",
                    "fr": "Centre de santé public ou assimilé",
                    "en": "Public or state-approved health centre",
                },
                "handled_by": {
                    "rn": "Umukozi w'ivuriro yakira abarwayi",
                    "fr": "Agent d'accueil du centre de santé",
                    "en": "Health centre reception officer",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Vurwa canke wibaruke ku buntu",
                    "fr": "Recevoir les soins ou accoucher gratuitement",
                    "en": "Receive care or give birth free of charge",
                },
                "description": {
                    "rn": "Abaganga bavura umwana canke bafasha umugore kwibaruka. Imiti, ibipimo n'ukurara mu vuriro ni ku buntu.",
                    "fr": "Le personnel soigne l'enfant ou assiste l'accouchement. Médicaments, examens et hospitalisation sont gratuits.",
                    "en": "Staff treat the child or assist the birth. Medicines, tests and any stay in the facility are free.",
                },
                "location": {
                    "rn": "Ivuriro canke ibitaro vya Leta",
                    "fr": "Centre de santé ou hôpital public",
                    "en": "Public health centre or hospital",
                },
                "handled_by": {
                    "rn": "Abaganga n'abaforomo",
                    "fr": "Médecins, infirmiers et sages-femmes",
                    "en": "Doctors, nurses and midwives",
                },
                "expected_days": 0,
            },
            {
                "title": {
                    "rn": "Rungikwa ku bitaro iyo bikenewe",
                    "fr": "Être transféré à l'hôpital si nécessaire",
                    "en": "Be referred to hospital if needed",
                },
                "description": {
                    "rn": "Iyo ingwara canke ukwibaruka bigoye, ivuriro rikurungika ku bitaro vy'akarere rikaguha urupapuro rwo kurungikwa; naho ni ku buntu.",
                    "fr": "En cas de complication, le centre vous transfère à l'hôpital de district avec une fiche de référence ; les soins y restent gratuits.",
                    "en": "If there are complications, the health centre refers you to the district hospital with a referral slip; care there is free too.",
                },
                "location": {
                    "rn": "Ibitaro vy'akarere",
                    "fr": "Hôpital de district",
                    "en": "District hospital",
                },
                "handled_by": {
                    "rn": "Abaganga b'ibitaro vy'akarere",
                    "fr": "Médecins de l'hôpital de district",
                    "en": "District hospital doctors",
                },
                "expected_days": 0,
            },
        ],
        "documents": [
            {
                "name": {
                    "rn": "Icemezo c'ivuka canke agatabu k'amagara k'umwana",
                    "fr": "Acte de naissance ou carnet de santé de l'enfant",
                    "en": "Child's birth certificate or health booklet",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Ku mwana atarashika imyaka 5",
                    "fr": "Pour un enfant de moins de 5 ans",
                    "en": "For a child under five",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata y'ukwisuzumisha kw'umugore yibungenze",
                    "fr": "Fiche de consultation prénatale",
                    "en": "Antenatal care card",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Ku mugore aje kwibaruka",
                    "fr": "Pour un accouchement",
                    "en": "For childbirth",
                },
                "form": None,
            },
            {
                "name": {
                    "rn": "Ikarata karangamuntu y'umuvyeyi",
                    "fr": "CNI du parent ou de la mère",
                    "en": "Parent's or mother's identity card",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": None,
                "form": None,
            },
            {
                "name": {
                    "rn": "Urupapuro rwo kurungikwa ku bitaro",
                    "fr": "Fiche de référence",
                    "en": "Referral slip",
                },
                "originals": 1, "copies": 0, "certified": False,
                "condition": {
                    "rn": "Iyo warungitswe n'ivuriro",
                    "fr": "En cas de transfert par le centre de santé",
                    "en": "When referred by the health centre",
                },
                "form": None,
            },
        ],
        "fees": [
            {
                "label": {
                    "rn": "Ukuvurwa kw'umwana atarashika imyaka 5 n'ukwibaruka",
                    "fr": "Soins de l'enfant de moins de 5 ans et accouchement",
                    "en": "Care for a child under five and childbirth",
                },
                "amount_bif": 0,
                "payment": {
                    "rn": "Nta mafaranga uriha; nta muntu n'umwe akwiye kugusaba amafaranga kuri ubu buvuzi.",
                    "fr": "Rien à payer ; personne ne doit vous demander d'argent pour ces soins.",
                    "en": "Nothing to pay; no one should ask you for money for this care.",
                },
            },
        ],
        "rejection_reasons": [
            {
                "rn": "Umwana amaze gushika imyaka 5; ashobora kuvurwa akoresheje CAM y'abavyeyi.",
                "fr": "L'enfant a 5 ans ou plus ; il peut être soigné avec la CAM de ses parents.",
                "en": "The child is five or older; they can be treated with the parents' CAM.",
            },
            {
                "rn": "Ivuriro ni iry'abikorera ritemewe na Leta muri ubu buvuzi ku buntu.",
                "fr": "La structure est privée et non conventionnée pour la gratuité.",
                "en": "The facility is private and not approved for free care.",
            },
            {
                "rn": "Nta cemezo cerekana imyaka y'umwana cazanywe.",
                "fr": "Aucune preuve de l'âge de l'enfant n'est présentée.",
                "en": "No proof of the child's age is shown.",
            },
        ],
        "legal_bases": [
            {
                "kind": "decree",
                "reference": "Décret n°100/136 du 16 juin 2006",
                "title": {
                    "rn": "Itegeko rishinga ukuvurwa ku buntu kw'abana batarashika imyaka 5 n'ukwibaruka mu mavuriro ya Leta n'ayemewe na Leta",
                    "fr": "Décret portant subvention des soins pour les enfants de moins de cinq ans et des accouchements dans les formations sanitaires publiques et assimilées",
                    "en": "Decree subsidising care for children under five and childbirth in public and state-approved health facilities",
                },
                "article": "",
                "date": "2006-06-16",
                "url": "",
            },
        ],
    },
]
