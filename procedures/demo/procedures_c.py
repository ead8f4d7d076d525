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
]
