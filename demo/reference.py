# SAMPLE CONTENT for the Isôko demo. Kirundi text awaits review by a native speaker.
"""Reference data for the Isôko demo: provinces, communes, themes, institutions, offices and forms.

Pure data module (no imports). Every translated text is {"rn": ..., "fr": ..., "en": ...}.
Keys follow demo/SPEC.md exactly.
"""

# The 5 provinces of Burundi since the 2025 territorial reform.
PROVINCES = [
    {"slug": "bujumbura", "name": "Bujumbura"},
    {"slug": "gitega", "name": "Gitega"},
    {"slug": "butanyerera", "name": "Butanyerera"},
    {"slug": "burunga", "name": "Burunga"},
    {"slug": "buhumuza", "name": "Buhumuza"},
]

# The 42 communes of the 2025 reform, by province. Source: the Council of Ministers' communiqué of
# 15 June 2022 (ABP, 22 June 2022) and ABP's report of the law's adoption on 15 December 2022, which names
# Isare among Bujumbura's communes where the communiqué had Mubimbi. Not checked against the organic law
# n° 1/05 of 16 March 2023 as published: every commune is marked as sample data until it is.
# Ngozi, Butanyerera's chief town, is in none of the lists: its demo offices are placed in Mwumba
# (an assumption, also sample).
COMMUNES_BY_PROVINCE = {
    "bujumbura": (
        "Bubanza", "Bukinanyana", "Cibitoke", "Isare", "Mpanda", "Mugina", "Mugongo-Manga", "Muha",
        "Muhuta", "Mukaza", "Ntahangwa",
    ),
    "gitega": ("Bugendana", "Gishubi", "Gitega", "Karusi", "Kiganda", "Muramvya", "Mwaro", "Nyabihanga", "Shombo"),
    "butanyerera": ("Busoni", "Kayanza", "Kiremba", "Kirundo", "Matongo", "Muhanga", "Mwumba", "Tangara"),
    "burunga": ("Bururi", "Mabanda", "Makamba", "Matana", "Mpinga-Kayove", "Rumonge", "Rutana"),
    "buhumuza": ("Butaganzwa", "Butihinda", "Cankuzo", "Gisagara", "Gisuru", "Muyinga", "Ruyigi"),
}
COMMUNES = [
    {"slug": name.lower(), "name": name, "province": province, "is_sample": True}
    for province, names in COMMUNES_BY_PROVINCE.items()
    for name in names
]

# Display order.
THEMES = [
    {
        "slug": "identity-civil-status",
        "name": {"rn": "Karangamuntu n'irangamimerere", "fr": "Identité et état civil", "en": "Identity and civil status"},
        "description": {
            "rn": "Ivuka, umubano, urupfu n'impapuro ziranga umuntu.",
            "fr": "Naissance, mariage, décès et pièces d'identité.",
            "en": "Birth, marriage, death and identity documents.",
        },
    },
    {
        "slug": "travel",
        "name": {"rn": "Ingendo n'ukwinjira mu gihugu", "fr": "Voyages et migrations", "en": "Travel and migration"},
        "description": {
            "rn": "Pasiporo, viza n'ukuba mu gihugu kw'abanyamahanga.",
            "fr": "Passeport, visas et séjour des étrangers.",
            "en": "Passports, visas and stays of foreign nationals.",
        },
    },
    {
        "slug": "justice",
        "name": {"rn": "Ubutungane", "fr": "Justice", "en": "Justice"},
        "description": {
            "rn": "Icemezo c'ukutagira ivyaha, ubwenegihugu n'ivyo gukorera mu masentare.",
            "fr": "Casier judiciaire, nationalité et démarches au tribunal.",
            "en": "Criminal records, nationality and court procedures.",
        },
    },
    {
        "slug": "business",
        "name": {"rn": "Ubudandaji n'amakori", "fr": "Entreprises et impôts", "en": "Business and taxes"},
        "description": {
            "rn": "Gushinga ishirahamwe ry'ubudandaji, kwiyandikisha no kuriha amakori.",
            "fr": "Créer une entreprise, l'immatriculer et payer ses impôts.",
            "en": "Starting a business, registering it and paying taxes.",
        },
    },
    {
        "slug": "land-housing",
        "name": {"rn": "Ubutaka n'amazu", "fr": "Terre et logement", "en": "Land and housing"},
        "description": {
            "rn": "Ivyemezo vy'ubutaka, impusha zo kwubaka n'amazu.",
            "fr": "Certificats fonciers, permis de bâtir et logement.",
            "en": "Land certificates, building permits and housing.",
        },
    },
    {
        "slug": "work-civil-service",
        "name": {"rn": "Akazi n'abakozi ba Leta", "fr": "Travail et fonction publique", "en": "Work and civil service"},
        "description": {
            "rn": "Akazi, impusha z'akazi, ubwishingizi bw'abakozi n'izabukuru.",
            "fr": "Emploi, permis de travail, sécurité sociale et retraite.",
            "en": "Employment, work permits, social security and retirement.",
        },
    },
    {
        "slug": "transport",
        "name": {"rn": "Ubwikorezi", "fr": "Transports", "en": "Transport"},
        "description": {
            "rn": "Impusha zo gutwara ibinyabiziga n'ukwandikisha ibinyabiziga.",
            "fr": "Permis de conduire et immatriculation des véhicules.",
            "en": "Driving licences and vehicle registration.",
        },
    },
    {
        "slug": "education",
        "name": {"rn": "Inyigisho", "fr": "Éducation", "en": "Education"},
        "description": {
            "rn": "Ibizamini vya Leta, impamyabumenyi n'ukuziringaniza.",
            "fr": "Examens d'État, diplômes et équivalences.",
            "en": "State exams, diplomas and equivalences.",
        },
    },
    {
        "slug": "health",
        "name": {"rn": "Amagara", "fr": "Santé", "en": "Health"},
        "description": {
            "rn": "Ikarata y'ukwivuza (CAM) n'uburyo bwo kuvurwa.",
            "fr": "Carte d'assistance médicale et accès aux soins.",
            "en": "Medical assistance card and access to care.",
        },
    },
]

# Ministries first (parent None), then agencies and other bodies.
INSTITUTIONS = [
    # --- Ministries -------------------------------------------------------------------------
    {
        "slug": "interior", "parent": None, "kind": "ministry", "acronym": "MININTER", "website": "",
        "name": {
            "rn": "Ubushikiranganji bw'Ivy'imbere mu Gihugu, Iterambere ry'Abanyagihugu n'Umutekano rusangi",
            "fr": "Ministère de l'Intérieur, du Développement communautaire et de la Sécurité publique",
            "en": "Ministry of the Interior, Community Development and Public Security",
        },
        "description": {
            "rn": "Bushinzwe intwaro y'igihugu, irangamimerere, ukwinjira n'ugusohoka mu gihugu n'umutekano rusangi.",
            "fr": "Administration du territoire, état civil, migrations et sécurité publique.",
            "en": "Territorial administration, civil status, migration and public security.",
        },
    },
    {
        "slug": "justice", "parent": None, "kind": "ministry", "acronym": "MJ",
        "website": "https://www.justice.gov.bi",
        "name": {
            "rn": "Ubushikiranganji bw'Ubutungane",
            "fr": "Ministère de la Justice",
            "en": "Ministry of Justice",
        },
        "description": {
            "rn": "Bushinzwe amasentare, ibitabo vy'ivyaha, ubwenegihugu n'ugushikira ubutungane.",
            "fr": "Tribunaux, casier judiciaire, nationalité et accès à la justice.",
            "en": "Courts, criminal records, nationality and access to justice.",
        },
    },
    {
        "slug": "finance", "parent": None, "kind": "ministry", "acronym": "MFBPE",
        "website": "https://www.finances.gov.bi",
        "name": {
            "rn": "Ubushikiranganji bw'Imari, Ingengo y'Imari n'Igenamigambi ry'Ubutunzi",
            "fr": "Ministère des Finances, du Budget et de la Planification économique",
            "en": "Ministry of Finance, Budget and Economic Planning",
        },
        "description": {
            "rn": "Bushinzwe ingengo y'imari ya Leta, amakori n'igenamigambi ry'ubutunzi.",
            "fr": "Budget de l'État, fiscalité et planification économique.",
            "en": "State budget, taxation and economic planning.",
        },
    },
    {
        "slug": "commerce-transport", "parent": None, "kind": "ministry", "acronym": "MCTIT", "website": "",
        "name": {
            "rn": "Ubushikiranganji bw'Urudandaza, Ubwikorezi, Inganda n'Ubukerarugendo",
            "fr": "Ministère du Commerce, du Transport, de l'Industrie et du Tourisme",
            "en": "Ministry of Trade, Transport, Industry and Tourism",
        },
        "description": {
            "rn": "Bushinzwe urudandaza, inganda, ubukerarugendo n'ubwikorezi.",
            "fr": "Commerce, industrie, tourisme et transports.",
            "en": "Trade, industry, tourism and transport.",
        },
    },
    {
        "slug": "infrastructure", "parent": None, "kind": "ministry", "acronym": "MIELS", "website": "",
        "name": {
            "rn": "Ubushikiranganji bw'Ibikorwa remezo, Ibikoresho n'Amazu y'Abanyagihugu",
            "fr": "Ministère des Infrastructures, de l'Équipement et des Logements sociaux",
            "en": "Ministry of Infrastructure, Equipment and Social Housing",
        },
        "description": {
            "rn": "Bushinzwe amabarabara, inyubakwa za Leta, itunganywa ry'ibisagara n'amazu.",
            "fr": "Routes, bâtiments publics, urbanisme et logement.",
            "en": "Roads, public buildings, urban planning and housing.",
        },
    },
    {
        "slug": "civil-service", "parent": None, "kind": "ministry", "acronym": "MFPTE", "website": "",
        "name": {
            "rn": "Ubushikiranganji bw'Abakozi ba Leta, Umurimo n'Akazi",
            "fr": "Ministère de la Fonction publique, du Travail et de l'Emploi",
            "en": "Ministry of the Civil Service, Labour and Employment",
        },
        "description": {
            "rn": "Bushinzwe abakozi ba Leta, amategeko y'akazi, ukuronka akazi n'ubwishingizi bw'abakozi.",
            "fr": "Agents publics, droit du travail, emploi et sécurité sociale.",
            "en": "Public servants, labour law, employment and social security.",
        },
    },
    {
        "slug": "education", "parent": None, "kind": "ministry", "acronym": "MENRS", "website": "",
        "name": {
            "rn": "Ubushikiranganji bw'Inyigisho z'Igihugu n'Ubushakashatsi bw'Ubuhinga",
            "fr": "Ministère de l'Éducation nationale et de la Recherche scientifique",
            "en": "Ministry of National Education and Scientific Research",
        },
        "description": {
            "rn": "Bushinzwe amashure, ibizamini vya Leta, impamyabumenyi n'ubushakashatsi.",
            "fr": "Écoles, examens d'État, diplômes et recherche.",
            "en": "Schools, state exams, diplomas and research.",
        },
    },
    {
        "slug": "health", "parent": None, "kind": "ministry", "acronym": "MSPLS",
        "website": "https://www.minisante.bi",
        "name": {
            "rn": "Ubushikiranganji bw'Amagara y'Abantu n'Ukurwanya SIDA",
            "fr": "Ministère de la Santé publique et de la Lutte contre le sida",
            "en": "Ministry of Public Health and the Fight against AIDS",
        },
        "description": {
            "rn": "Bushinzwe ukuvura abantu, ugukingira indwara n'ukurwanya SIDA.",
            "fr": "Soins de santé publics, prévention et lutte contre le sida.",
            "en": "Public health care, disease prevention and the fight against AIDS.",
        },
    },
    # --- Agencies and other bodies -----------------------------------------------------------
    {
        "slug": "cgm", "parent": "interior", "kind": "agency", "acronym": "CGM", "website": "",
        "name": {
            "rn": "Komiseriya nkuru y'ivy'ukwinjira n'ugusohoka mu gihugu",
            "fr": "Commissariat général des migrations",
            "en": "General Commissariat for Migration",
        },
        "description": {
            "rn": "Itanga pasiporo, viza n'impapuro zo kuba mu gihugu (yahoze yitwa PAFE).",
            "fr": "Délivre passeports, visas et titres de séjour (ex-PAFE).",
            "en": "Issues passports, visas and residence permits (formerly PAFE).",
        },
    },
    {
        "slug": "commune-mukaza", "parent": "interior", "kind": "commune", "acronym": "", "website": "",
        "name": {
            "rn": "Ubuyobozi bwa komine Mukaza",
            "fr": "Administration communale de Mukaza",
            "en": "Mukaza communal administration",
        },
        "description": {
            "rn": "Irangamimerere, ivy'ubutaka n'izindi serivisi za hafi ku banyagihugu ba Mukaza.",
            "fr": "État civil, service foncier et services de proximité pour les habitants de Mukaza.",
            "en": "Civil status, land office and local services for Mukaza residents.",
        },
    },
    {
        "slug": "commune-gitega", "parent": "interior", "kind": "commune", "acronym": "", "website": "",
        "name": {
            "rn": "Ubuyobozi bwa komine Gitega",
            "fr": "Administration communale de Gitega",
            "en": "Gitega communal administration",
        },
        "description": {
            "rn": "Irangamimerere, ivy'ubutaka n'izindi serivisi za hafi ku banyagihugu ba Gitega.",
            "fr": "État civil, service foncier et services de proximité pour les habitants de Gitega.",
            "en": "Civil status, land office and local services for Gitega residents.",
        },
    },
    {
        "slug": "commune-ngozi", "parent": "interior", "kind": "commune", "acronym": "", "website": "",
        "name": {
            "rn": "Ubuyobozi bwa komine Ngozi",
            "fr": "Administration communale de Ngozi",
            "en": "Ngozi communal administration",
        },
        "description": {
            "rn": "Irangamimerere, ivy'ubutaka n'izindi serivisi za hafi ku banyagihugu ba Ngozi.",
            "fr": "État civil, service foncier et services de proximité pour les habitants de Ngozi.",
            "en": "Civil status, land office and local services for Ngozi residents.",
        },
    },
    {
        "slug": "criminal-records", "parent": "justice", "kind": "directorate", "acronym": "", "website": "",
        "name": {
            "rn": "Ibiro bishinzwe ibitabo vy'ivyaha",
            "fr": "Service du casier judiciaire",
            "en": "Criminal Records Service",
        },
        "description": {
            "rn": "Bibika ibitabo vy'ivyaha kandi bigatanga icemezo c'ukutagira ivyaha.",
            "fr": "Tient le casier judiciaire et délivre les extraits.",
            "en": "Keeps criminal records and issues record extracts.",
        },
    },
    {
        "slug": "tgi-mukaza", "parent": "justice", "kind": "court", "acronym": "TGI Mukaza", "website": "",
        "name": {
            "rn": "Sentare y'Intara ya Mukaza",
            "fr": "Tribunal de grande instance de Mukaza",
            "en": "Mukaza High Court (Tribunal de grande instance)",
        },
        "description": {
            "rn": "Iraca imanza zisanzwe; ibiro vy'umwanditsi wayo bitanga kopi z'imanza n'ivyemezo.",
            "fr": "Juridiction de droit commun ; son greffe délivre copies de jugements et attestations.",
            "en": "Ordinary court; its registry issues copies of judgments and certificates.",
        },
    },
    {
        "slug": "obr", "parent": "finance", "kind": "agency", "acronym": "OBR", "website": "https://www.obr.bi",
        "name": {
            "rn": "Ibiro vy'Uburundi bishinzwe amakori n'amahoro",
            "fr": "Office burundais des recettes",
            "en": "Burundi Revenue Office",
        },
        "description": {
            "rn": "Bikoranya amakori n'amahoro ya gasutamo kandi bigatanga inomero iranga umuriha-kori (NIF).",
            "fr": "Perçoit impôts, taxes et droits de douane et attribue le NIF.",
            "en": "Collects taxes and customs duties and assigns the taxpayer number (NIF).",
        },
    },
    {
        "slug": "adb", "parent": "commerce-transport", "kind": "agency", "acronym": "ADB",
        "website": "https://www.adb.bi",
        "name": {
            "rn": "Ikigo c'Iterambere ry'Uburundi",
            "fr": "Agence de développement du Burundi",
            "en": "Burundi Development Agency",
        },
        "description": {
            "rn": "Ni ibiro rudende vyo gushinga ishirahamwe ry'ubudandaji no guteza imbere ishoramari.",
            "fr": "Guichet unique de création d'entreprises et de promotion des investissements.",
            "en": "One-stop shop for starting a business and promoting investment.",
        },
    },
    {
        "slug": "transport-directorate", "parent": "commerce-transport", "kind": "directorate", "acronym": "DGTT",
        "website": "",
        "name": {
            "rn": "Ubuyobozi bukuru bw'ubwikorezi bwo ku butaka",
            "fr": "Direction générale des transports terrestres",
            "en": "Directorate General of Land Transport",
        },
        "description": {
            "rn": "Butanga impusha zo gutwara ibinyabiziga kandi bugatunganya ubwikorezi bwo mu mabarabara.",
            "fr": "Délivre les permis de conduire et organise le transport routier.",
            "en": "Issues driving licences and regulates road transport.",
        },
    },
    {
        "slug": "urban-planning", "parent": "infrastructure", "kind": "directorate", "acronym": "DGUH", "website": "",
        "name": {
            "rn": "Ubuyobozi bukuru bw'itunganywa ry'ibisagara n'amazu",
            "fr": "Direction générale de l'urbanisme et de l'habitat",
            "en": "Directorate General of Urban Planning and Housing",
        },
        "description": {
            "rn": "Butanga impusha zo kwubaka kandi bugasuzuma ko inyubakwa zikurikiza amategeko.",
            "fr": "Délivre les permis de bâtir et contrôle les constructions.",
            "en": "Issues building permits and inspects construction.",
        },
    },
    {
        "slug": "labour-inspectorate", "parent": "civil-service", "kind": "directorate", "acronym": "IGTSS",
        "website": "",
        "name": {
            "rn": "Ubugenzuzi bukuru bw'akazi n'ubwishingizi bw'abakozi",
            "fr": "Inspection générale du travail et de la sécurité sociale",
            "en": "General Inspectorate of Labour and Social Security",
        },
        "description": {
            "rn": "Bugenzura ko amategeko agenga akazi yubahirizwa kandi butanga impusha z'akazi ku banyamahanga.",
            "fr": "Veille au respect du Code du travail et délivre les permis de travail des étrangers.",
            "en": "Enforces the Labour Code and issues work permits to foreign nationals.",
        },
    },
    {
        "slug": "inss", "parent": "civil-service", "kind": "agency", "acronym": "INSS", "website": "https://www.inss.bi",
        "name": {
            "rn": "Ikigo c'Igihugu c'Ubwishingizi bw'Abakozi",
            "fr": "Institut national de sécurité sociale",
            "en": "National Social Security Institute",
        },
        "description": {
            "rn": "Kiriha amafaranga y'izabukuru kandi kigafasha abakozi b'ibigo vyigenga bagize ingorane mu kazi.",
            "fr": "Verse les pensions et couvre les risques professionnels des salariés du privé.",
            "en": "Pays pensions and covers occupational risks for private-sector employees.",
        },
    },
    {
        "slug": "exams-directorate", "parent": "education", "kind": "directorate", "acronym": "", "website": "",
        "name": {
            "rn": "Ubuyobozi bw'ibizamini, ivyemezo n'ukuringanizwa kw'impamyabumenyi",
            "fr": "Direction des examens, certifications et équivalences",
            "en": "Directorate of Examinations, Certification and Equivalences",
        },
        "description": {
            "rn": "Butegura ibizamini vya Leta kandi butanga ivyemezo n'ukuringanizwa kw'impamyabumenyi.",
            "fr": "Organise les examens d'État et délivre attestations et équivalences de diplômes.",
            "en": "Runs state exams and issues certificates and diploma equivalences.",
        },
    },
    {
        "slug": "cam-programme", "parent": "health", "kind": "agency", "acronym": "CAM", "website": "",
        "name": {
            "rn": "Umugambi w'ikarata y'ukwivuza (CAM)",
            "fr": "Programme de la carte d'assistance médicale (CAM)",
            "en": "Medical Assistance Card (CAM) Programme",
        },
        "description": {
            "rn": "Ikarata y'umwaka iriha 80 % y'amafaranga y'ukwivuza ku ngo zitagira ubundi bwishingizi.",
            "fr": "Carte annuelle couvrant 80 % des soins des ménages sans autre assurance maladie.",
            "en": "Annual card covering 80% of care costs for households without other health insurance.",
        },
    },
]

OFFICES = [
    # --- Commissariat général des migrations -----------------------------------------------
    {
        "slug": "cgm-bujumbura", "institution": "cgm", "commune": "mukaza", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vya CGM i Bujumbura",
            "fr": "Commissariat général des migrations – Bujumbura",
            "en": "General Commissariat for Migration – Bujumbura",
        },
        "address": {
            "rn": "Boulevard de l'Uprona, ikaritiye Rohero, komine Mukaza",
            "fr": "Boulevard de l'Uprona, quartier Rohero, commune Mukaza",
            "en": "Boulevard de l'Uprona, Rohero, Mukaza commune",
        },
        "phone": "+257 22 22 34 51", "email": "",
        "latitude": "-3.3822", "longitude": "29.3644",
        "serves_provinces": ["bujumbura", "burunga"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "cgm-gitega", "institution": "cgm", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vya CGM i Gitega",
            "fr": "Commissariat général des migrations – Gitega",
            "en": "General Commissariat for Migration – Gitega",
        },
        "address": {
            "rn": "Avenue de la Poste, ikaritiye Magarama, komine Gitega",
            "fr": "Avenue de la Poste, quartier Magarama, commune Gitega",
            "en": "Avenue de la Poste, Magarama, Gitega commune",
        },
        "phone": "+257 22 40 25 17", "email": "",
        "latitude": "-3.4264", "longitude": "29.9308",
        "serves_provinces": ["gitega", "butanyerera", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Provincial one-stop shops (guichets uniques) ---------------------------------------
    {
        "slug": "one-stop-bujumbura", "institution": "interior", "commune": "ntahangwa", "is_one_stop_shop": True,
        "name": {
            "rn": "Ibiro rudende vy'intara ya Bujumbura",
            "fr": "Guichet unique provincial de Bujumbura",
            "en": "Bujumbura provincial one-stop shop",
        },
        "address": {
            "rn": "Ku cicaro c'intara, boulevard du 28 Novembre, i Kigobe, komine Ntahangwa",
            "fr": "Chef-lieu de la province, boulevard du 28 Novembre, Kigobe, commune Ntahangwa",
            "en": "Provincial headquarters, Boulevard du 28 Novembre, Kigobe, Ntahangwa commune",
        },
        "phone": "+257 22 21 76 40", "email": "",
        "latitude": "-3.3560", "longitude": "29.3775",
        "serves_provinces": ["bujumbura"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 5, "period": "morning", "opens": "08:00", "closes": "12:00"},
        ],
    },
    {
        "slug": "one-stop-gitega", "institution": "interior", "commune": "gitega", "is_one_stop_shop": True,
        "name": {
            "rn": "Ibiro rudende vy'intara ya Gitega",
            "fr": "Guichet unique provincial de Gitega",
            "en": "Gitega provincial one-stop shop",
        },
        "address": {
            "rn": "Ku cicaro c'intara, ikaritiye Magarama, komine Gitega",
            "fr": "Chef-lieu de la province, quartier Magarama, commune Gitega",
            "en": "Provincial headquarters, Magarama, Gitega commune",
        },
        "phone": "+257 22 40 21 09", "email": "",
        "latitude": "-3.4290", "longitude": "29.9270",
        "serves_provinces": ["gitega"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 5, "period": "morning", "opens": "08:00", "closes": "12:00"},
        ],
    },
    {
        "slug": "one-stop-ngozi", "institution": "interior", "commune": "mwumba", "is_one_stop_shop": True,
        "name": {
            "rn": "Ibiro rudende vy'intara ya Butanyerera i Ngozi",
            "fr": "Guichet unique provincial de Butanyerera à Ngozi",
            "en": "Butanyerera provincial one-stop shop in Ngozi",
        },
        "address": {
            "rn": "Ku cicaro c'intara, hafi y'isoko rikuru, komine Ngozi",
            "fr": "Chef-lieu de la province, près du marché central, commune Ngozi",
            "en": "Provincial headquarters, near the central market, Ngozi commune",
        },
        "phone": "+257 22 30 21 45", "email": "",
        "latitude": "-2.9080", "longitude": "29.8290",
        "serves_provinces": ["butanyerera"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 5, "period": "morning", "opens": "08:00", "closes": "12:00"},
        ],
    },
    {
        "slug": "one-stop-makamba", "institution": "interior", "commune": "makamba", "is_one_stop_shop": True,
        "name": {
            "rn": "Ibiro rudende vy'intara ya Burunga i Makamba",
            "fr": "Guichet unique provincial de Burunga à Makamba",
            "en": "Burunga provincial one-stop shop in Makamba",
        },
        "address": {
            "rn": "Ku cicaro c'intara, hagati mu gisagara ca Makamba, komine Makamba",
            "fr": "Chef-lieu de la province, centre-ville de Makamba, commune Makamba",
            "en": "Provincial headquarters, Makamba town centre, Makamba commune",
        },
        "phone": "+257 22 50 81 12", "email": "",
        "latitude": "-4.1340", "longitude": "29.8030",
        "serves_provinces": ["burunga"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 5, "period": "morning", "opens": "08:00", "closes": "12:00"},
        ],
    },
    {
        "slug": "one-stop-cankuzo", "institution": "interior", "commune": "cankuzo", "is_one_stop_shop": True,
        "name": {
            "rn": "Ibiro rudende vy'intara ya Buhumuza i Cankuzo",
            "fr": "Guichet unique provincial de Buhumuza à Cankuzo",
            "en": "Buhumuza provincial one-stop shop in Cankuzo",
        },
        "address": {
            "rn": "Ku cicaro c'intara, hagati mu gisagara ca Cankuzo, komine Cankuzo",
            "fr": "Chef-lieu de la province, centre-ville de Cankuzo, commune Cankuzo",
            "en": "Provincial headquarters, Cankuzo town centre, Cankuzo commune",
        },
        "phone": "+257 22 60 12 33", "email": "",
        "latitude": "-3.2190", "longitude": "30.5530",
        "serves_provinces": ["buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 5, "period": "morning", "opens": "08:00", "closes": "12:00"},
        ],
    },
    # --- Communal civil status and land offices ---------------------------------------------
    {
        "slug": "civil-status-mukaza", "institution": "commune-mukaza", "commune": "mukaza", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'irangamimerere vya komine Mukaza",
            "fr": "Bureau de l'état civil de la commune Mukaza",
            "en": "Mukaza commune civil status office",
        },
        "address": {
            "rn": "Ku biro vya komine Mukaza, avenue de la Mission, i Rohero",
            "fr": "Bureau communal de Mukaza, avenue de la Mission, Rohero",
            "en": "Mukaza commune office, Avenue de la Mission, Rohero",
        },
        "phone": "+257 22 22 41 86", "email": "",
        "latitude": "-3.3840", "longitude": "29.3600",
        "serves_provinces": [], "serves_communes": ["mukaza"],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
        ],
    },
    {
        "slug": "civil-status-gitega", "institution": "commune-gitega", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'irangamimerere vya komine Gitega",
            "fr": "Bureau de l'état civil de la commune Gitega",
            "en": "Gitega commune civil status office",
        },
        "address": {
            "rn": "Ku biro vya komine Gitega, ikaritiye Nyamugari",
            "fr": "Bureau communal de Gitega, quartier Nyamugari",
            "en": "Gitega commune office, Nyamugari",
        },
        "phone": "+257 22 40 22 70", "email": "",
        "latitude": "-3.4275", "longitude": "29.9240",
        "serves_provinces": [], "serves_communes": ["gitega"],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
        ],
    },
    {
        "slug": "civil-status-ngozi", "institution": "commune-ngozi", "commune": "mwumba", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'irangamimerere vya komine Ngozi",
            "fr": "Bureau de l'état civil de la commune Ngozi",
            "en": "Ngozi commune civil status office",
        },
        "address": {
            "rn": "Ku biro vya komine Ngozi, hafi y'isoko rikuru",
            "fr": "Bureau communal de Ngozi, près du marché central",
            "en": "Ngozi commune office, near the central market",
        },
        "phone": "+257 22 30 22 18", "email": "",
        "latitude": "-2.9070", "longitude": "29.8310",
        "serves_provinces": [], "serves_communes": ["mwumba"],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
        ],
    },
    {
        "slug": "land-service-gitega", "institution": "commune-gitega", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'ubutaka vya komine Gitega",
            "fr": "Service foncier communal de Gitega",
            "en": "Gitega communal land office",
        },
        "address": {
            "rn": "Ku biro vya komine Gitega, ikaritiye Nyamugari",
            "fr": "Bureau communal de Gitega, quartier Nyamugari",
            "en": "Gitega commune office, Nyamugari",
        },
        "phone": "+257 22 40 22 74", "email": "",
        "latitude": "-3.4278", "longitude": "29.9236",
        "serves_provinces": [], "serves_communes": ["gitega"],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
        ],
    },
    {
        "slug": "land-service-ngozi", "institution": "commune-ngozi", "commune": "mwumba", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'ubutaka vya komine Ngozi",
            "fr": "Service foncier communal de Ngozi",
            "en": "Ngozi communal land office",
        },
        "address": {
            "rn": "Ku biro vya komine Ngozi, hafi y'isoko rikuru",
            "fr": "Bureau communal de Ngozi, près du marché central",
            "en": "Ngozi commune office, near the central market",
        },
        "phone": "+257 22 30 22 25", "email": "",
        "latitude": "-2.9073", "longitude": "29.8314",
        "serves_provinces": [], "serves_communes": ["mwumba"],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
        ],
    },
    # --- Justice ----------------------------------------------------------------------------
    {
        "slug": "criminal-records-bujumbura", "institution": "criminal-records", "commune": "mukaza",
        "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro bitanga icemezo c'ukutagira ivyaha i Bujumbura",
            "fr": "Service du casier judiciaire – Bujumbura",
            "en": "Criminal Records Service – Bujumbura",
        },
        "address": {
            "rn": "Ingoro y'ubutungane, ikaritiye Rohero, komine Mukaza",
            "fr": "Palais de justice, quartier Rohero, commune Mukaza",
            "en": "Palais de justice (courthouse), Rohero, Mukaza commune",
        },
        "phone": "+257 22 22 28 63", "email": "",
        "latitude": "-3.3810", "longitude": "29.3630",
        "serves_provinces": ["bujumbura", "gitega", "butanyerera", "burunga", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "justice-gitega", "institution": "justice", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro bikuru vy'Ubushikiranganji bw'Ubutungane i Gitega",
            "fr": "Ministère de la Justice – services centraux, Gitega",
            "en": "Ministry of Justice – central services, Gitega",
        },
        "address": {
            "rn": "Avenue de l'Indépendance, ikaritiye Magarama, komine Gitega",
            "fr": "Avenue de l'Indépendance, quartier Magarama, commune Gitega",
            "en": "Avenue de l'Indépendance, Magarama, Gitega commune",
        },
        "phone": "+257 22 40 30 12", "email": "",
        "latitude": "-3.4255", "longitude": "29.9280",
        "serves_provinces": ["bujumbura", "gitega", "butanyerera", "burunga", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "tgi-mukaza-registry", "institution": "tgi-mukaza", "commune": "mukaza", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'umwanditsi wa Sentare y'Intara ya Mukaza",
            "fr": "Greffe du Tribunal de grande instance de Mukaza",
            "en": "Mukaza High Court registry",
        },
        "address": {
            "rn": "Ingoro y'ubutungane, ikaritiye Rohero, komine Mukaza",
            "fr": "Palais de justice, quartier Rohero, commune Mukaza",
            "en": "Palais de justice (courthouse), Rohero, Mukaza commune",
        },
        "phone": "+257 22 22 28 70", "email": "",
        "latitude": "-3.3815", "longitude": "29.3625",
        "serves_provinces": [], "serves_communes": ["mukaza"],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Office burundais des recettes ------------------------------------------------------
    {
        "slug": "obr-bujumbura", "institution": "obr", "commune": "mukaza", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro bikuru vya OBR i Bujumbura",
            "fr": "Office burundais des recettes – siège de Bujumbura",
            "en": "Burundi Revenue Office – Bujumbura head office",
        },
        "address": {
            "rn": "Boulevard du 1er Novembre, komine Mukaza",
            "fr": "Boulevard du 1er Novembre, commune Mukaza",
            "en": "Boulevard du 1er Novembre, Mukaza commune",
        },
        "phone": "+257 22 28 21 50", "email": "info@obr.bi",
        "latitude": "-3.3770", "longitude": "29.3650",
        "serves_provinces": ["bujumbura", "burunga"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "obr-gitega", "institution": "obr", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vya OBR vy'akarere ka Gitega",
            "fr": "Office burundais des recettes – bureau régional de Gitega",
            "en": "Burundi Revenue Office – Gitega regional office",
        },
        "address": {
            "rn": "Avenue de la Poste, ikaritiye Magarama, komine Gitega",
            "fr": "Avenue de la Poste, quartier Magarama, commune Gitega",
            "en": "Avenue de la Poste, Magarama, Gitega commune",
        },
        "phone": "+257 22 40 26 80", "email": "info@obr.bi",
        "latitude": "-3.4282", "longitude": "29.9262",
        "serves_provinces": ["gitega", "butanyerera", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Agence de développement du Burundi -------------------------------------------------
    {
        "slug": "adb-bujumbura", "institution": "adb", "commune": "mukaza", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro rudende vya ADB vyo gushinga amashirahamwe y'ubudandaji",
            "fr": "ADB – guichet unique de création d'entreprises",
            "en": "ADB – business registration one-stop shop",
        },
        "address": {
            "rn": "Chaussée Prince Louis Rwagasore, komine Mukaza",
            "fr": "Chaussée Prince Louis Rwagasore, commune Mukaza",
            "en": "Chaussée Prince Louis Rwagasore, Mukaza commune",
        },
        "phone": "+257 22 27 59 20", "email": "info@adb.bi",
        "latitude": "-3.3800", "longitude": "29.3590",
        "serves_provinces": ["bujumbura", "gitega", "butanyerera", "burunga", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Land transport ---------------------------------------------------------------------
    {
        "slug": "transport-bujumbura", "institution": "transport-directorate", "commune": "muha",
        "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'ubwikorezi bwo ku butaka i Bujumbura",
            "fr": "Direction générale des transports terrestres – Bujumbura",
            "en": "Directorate General of Land Transport – Bujumbura",
        },
        "address": {
            "rn": "Ibarabara nyamukuru RN3, i Kanyosha, komine Muha",
            "fr": "Route nationale 3, Kanyosha, commune Muha",
            "en": "National Road 3, Kanyosha, Muha commune",
        },
        "phone": "+257 22 24 51 36", "email": "",
        "latitude": "-3.4120", "longitude": "29.3570",
        "serves_provinces": ["bujumbura", "burunga"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "transport-gitega", "institution": "transport-directorate", "commune": "gitega",
        "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'ubwikorezi bwo ku butaka i Gitega",
            "fr": "Direction générale des transports terrestres – Gitega",
            "en": "Directorate General of Land Transport – Gitega",
        },
        "address": {
            "rn": "Hafi ya gare y'imodoka, ikaritiye Yoba, komine Gitega",
            "fr": "Près de la gare routière, quartier Yoba, commune Gitega",
            "en": "Near the bus station, Yoba, Gitega commune",
        },
        "phone": "+257 22 40 27 45", "email": "",
        "latitude": "-3.4310", "longitude": "29.9215",
        "serves_provinces": ["gitega", "butanyerera", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Urban planning ---------------------------------------------------------------------
    {
        "slug": "urban-planning-bujumbura", "institution": "urban-planning", "commune": "ntahangwa",
        "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'itunganywa ry'ibisagara n'amazu i Bujumbura",
            "fr": "Direction générale de l'urbanisme et de l'habitat – Bujumbura",
            "en": "Directorate General of Urban Planning and Housing – Bujumbura",
        },
        "address": {
            "rn": "Ikaritiye Kigobe, komine Ntahangwa",
            "fr": "Quartier Kigobe, commune Ntahangwa",
            "en": "Kigobe, Ntahangwa commune",
        },
        "phone": "+257 22 21 45 62", "email": "",
        "latitude": "-3.3620", "longitude": "29.3700",
        "serves_provinces": ["bujumbura", "burunga"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "urban-planning-gitega", "institution": "urban-planning", "commune": "gitega",
        "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'itunganywa ry'ibisagara n'amazu i Gitega",
            "fr": "Direction générale de l'urbanisme et de l'habitat – Gitega",
            "en": "Directorate General of Urban Planning and Housing – Gitega",
        },
        "address": {
            "rn": "Avenue de l'Indépendance, ikaritiye Magarama, komine Gitega",
            "fr": "Avenue de l'Indépendance, quartier Magarama, commune Gitega",
            "en": "Avenue de l'Indépendance, Magarama, Gitega commune",
        },
        "phone": "+257 22 40 29 31", "email": "",
        "latitude": "-3.4250", "longitude": "29.9290",
        "serves_provinces": ["gitega", "butanyerera", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Labour and social security ---------------------------------------------------------
    {
        "slug": "labour-bujumbura", "institution": "labour-inspectorate", "commune": "mukaza",
        "is_one_stop_shop": False,
        "name": {
            "rn": "Ubugenzuzi bukuru bw'akazi i Bujumbura",
            "fr": "Inspection générale du travail – Bujumbura",
            "en": "General Labour Inspectorate – Bujumbura",
        },
        "address": {
            "rn": "Boulevard de l'Uprona, ikaritiye Rohero, komine Mukaza",
            "fr": "Boulevard de l'Uprona, quartier Rohero, commune Mukaza",
            "en": "Boulevard de l'Uprona, Rohero, Mukaza commune",
        },
        "phone": "+257 22 22 50 14", "email": "",
        "latitude": "-3.3830", "longitude": "29.3660",
        "serves_provinces": ["bujumbura", "gitega", "butanyerera", "burunga", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "inss-bujumbura", "institution": "inss", "commune": "mukaza", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro bikuru vya INSS i Bujumbura",
            "fr": "Institut national de sécurité sociale – siège de Bujumbura",
            "en": "National Social Security Institute – Bujumbura head office",
        },
        "address": {
            "rn": "Avenue des Etats-Unis, komine Mukaza",
            "fr": "Avenue des États-Unis, commune Mukaza",
            "en": "Avenue des États-Unis, Mukaza commune",
        },
        "phone": "+257 22 22 36 90", "email": "info@inss.bi",
        "latitude": "-3.3805", "longitude": "29.3615",
        "serves_provinces": ["bujumbura", "burunga"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    {
        "slug": "inss-gitega", "institution": "inss", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vya INSS i Gitega",
            "fr": "Institut national de sécurité sociale – agence de Gitega",
            "en": "National Social Security Institute – Gitega branch",
        },
        "address": {
            "rn": "Avenue de la Poste, ikaritiye Magarama, komine Gitega",
            "fr": "Avenue de la Poste, quartier Magarama, commune Gitega",
            "en": "Avenue de la Poste, Magarama, Gitega commune",
        },
        "phone": "+257 22 40 23 58", "email": "info@inss.bi",
        "latitude": "-3.4268", "longitude": "29.9300",
        "serves_provinces": ["gitega", "butanyerera", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Education --------------------------------------------------------------------------
    {
        "slug": "exams-gitega", "institution": "exams-directorate", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ubuyobozi bw'ibizamini n'ukuringanizwa kw'impamyabumenyi i Gitega",
            "fr": "Direction des examens, certifications et équivalences – Gitega",
            "en": "Directorate of Examinations, Certification and Equivalences – Gitega",
        },
        "address": {
            "rn": "Ku biro vy'Ubushikiranganji bw'Inyigisho, ikaritiye Magarama, komine Gitega",
            "fr": "Ministère de l'Éducation nationale, quartier Magarama, commune Gitega",
            "en": "Ministry of National Education, Magarama, Gitega commune",
        },
        "phone": "+257 22 40 24 66", "email": "",
        "latitude": "-3.4245", "longitude": "29.9275",
        "serves_provinces": ["bujumbura", "gitega", "butanyerera", "burunga", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 4, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
        ],
    },
    # --- Medical assistance card ------------------------------------------------------------
    {
        "slug": "cam-gitega", "institution": "cam-programme", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vya CAM vy'intara ya Gitega",
            "fr": "Bureau provincial de la CAM – Gitega",
            "en": "CAM provincial office – Gitega",
        },
        "address": {
            "rn": "Mu kibanza c'ibitaro vy'akarere vya Gitega, komine Gitega",
            "fr": "Enceinte de l'hôpital régional de Gitega, commune Gitega",
            "en": "Gitega regional hospital grounds, Gitega commune",
        },
        "phone": "+257 22 40 20 85", "email": "",
        "latitude": "-3.4300", "longitude": "29.9300",
        "serves_provinces": ["gitega"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
        ],
    },
    {
        "slug": "cam-ngozi", "institution": "cam-programme", "commune": "mwumba", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vya CAM vy'intara ya Butanyerera i Ngozi",
            "fr": "Bureau provincial de la CAM – Ngozi",
            "en": "CAM provincial office – Ngozi",
        },
        "address": {
            "rn": "Mu kibanza c'ibitaro vy'akarere vya Ngozi, komine Ngozi",
            "fr": "Enceinte de l'hôpital régional de Ngozi, commune Ngozi",
            "en": "Ngozi regional hospital grounds, Ngozi commune",
        },
        "phone": "+257 22 30 20 64", "email": "",
        "latitude": "-2.9100", "longitude": "29.8270",
        "serves_provinces": ["butanyerera"], "serves_communes": [],
        "hours": [
            {"weekday": 0, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 0, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 1, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 1, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 2, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 2, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 3, "period": "morning", "opens": "07:30", "closes": "12:00"},
            {"weekday": 3, "period": "afternoon", "opens": "14:00", "closes": "17:30"},
            {"weekday": 4, "period": "morning", "opens": "07:30", "closes": "12:00"},
        ],
    },
    {
        "slug": "civil-service-bujumbura", "institution": "civil-service", "commune": "mukaza", "is_one_stop_shop": False,
        "name": {
            "rn": "Ibiro vy'abakozi ba Leta vya Minisiteri, i Bujumbura",
            "fr": "Service du personnel de l'État du ministère – Bujumbura",
            "en": "Ministry civil-service personnel desk – Bujumbura",
        },
        "address": {
            "rn": "Ibarabara ry'Intahe, komine Mukaza, Bujumbura",
            "fr": "Boulevard de l'Uprona, commune Mukaza, Bujumbura",
            "en": "Boulevard de l'Uprona, Mukaza commune, Bujumbura",
        },
        "phone": "+257 22 22 57 10", "email": "",
        "latitude": "-3.3790", "longitude": "29.3610",
        "serves_provinces": ["bujumbura", "gitega", "butanyerera", "burunga", "buhumuza"], "serves_communes": [],
        "hours": [
            {"weekday": d, "period": "morning", "opens": "07:30", "closes": "12:00"} for d in range(5)
        ] + [
            {"weekday": d, "period": "afternoon", "opens": "14:00", "closes": "17:30"} for d in range(4)
        ],
    },
    {
        "slug": "health-centre-gitega", "institution": "health", "commune": "gitega", "is_one_stop_shop": False,
        "name": {
            "rn": "Ivuriro rya Leta rya Gitega",
            "fr": "Centre de santé public de Gitega",
            "en": "Gitega public health centre",
        },
        "address": {
            "rn": "Hafi y'isoko rinini, komine Gitega",
            "fr": "Près du grand marché, commune Gitega",
            "en": "Near the central market, Gitega commune",
        },
        "phone": "+257 22 40 22 15", "email": "",
        "latitude": "-3.4270", "longitude": "29.9250",
        "serves_provinces": [], "serves_communes": ["gitega"],
        "hours": [
            {"weekday": d, "period": p, "opens": o, "closes": c}
            for d in range(7)
            for p, o, c in (("morning", "07:00", "12:00"), ("afternoon", "12:00", "18:00"))
        ],
    },
]

# Paper forms. "fields" are the blanks printed into the generated demo PDFs (keep to Latin-1 characters).
FORMS = [
    {
        "code": "CGM-PAS-01", "institution": "cgm",
        "title": {
            "rn": "Urupapuro rwo gusaba pasiporo",
            "fr": "Formulaire de demande de passeport",
            "en": "Passport application form",
        },
        "description": {
            "rn": "Rwuzuzwa n'uwusaba, rugashikirizwa CGM hamwe n'impapuro zisabwa.",
            "fr": "À remplir par le demandeur et à déposer au CGM avec les pièces requises.",
            "en": "Filled in by the applicant and handed in at the CGM with the required documents.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano", "fr": "Nom et prénoms", "en": "Surname and given names"},
            {"rn": "Itariki n'ahantu wavukiye", "fr": "Date et lieu de naissance", "en": "Date and place of birth"},
            {"rn": "Igitsina", "fr": "Sexe", "en": "Sex"},
            {"rn": "Amazina ya so na nyoko", "fr": "Noms du père et de la mère", "en": "Father's and mother's names"},
            {"rn": "Inomero y'ikarata karangamuntu", "fr": "Numéro de la carte nationale d'identité",
             "en": "National identity card number"},
            {"rn": "Umwuga", "fr": "Profession", "en": "Occupation"},
            {"rn": "Aho uba (intara, komine, umutumba canke ikaritiye)",
             "fr": "Adresse (province, commune, colline ou quartier)",
             "en": "Address (province, commune, hill or neighbourhood)"},
            {"rn": "Umukono w'uwusaba", "fr": "Signature du demandeur", "en": "Applicant's signature"},
        ],
    },
    {
        "code": "CGM-RES-01", "institution": "cgm",
        "title": {
            "rn": "Urupapuro rwo gusaba ikarata yo kuba mu gihugu ku munyamahanga",
            "fr": "Demande de carte de résident pour étranger",
            "en": "Foreign national's residence card application",
        },
        "description": {
            "rn": "Ku banyamahanga bashaka kuba mu Burundi igihe kirenga amezi atatu.",
            "fr": "Pour les étrangers qui séjournent au Burundi plus de trois mois.",
            "en": "For foreign nationals staying in Burundi for more than three months.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano", "fr": "Nom et prénoms", "en": "Surname and given names"},
            {"rn": "Ubwenegihugu", "fr": "Nationalité", "en": "Nationality"},
            {"rn": "Inomero ya pasiporo n'itariki izorangiriraho", "fr": "Numéro et date d'expiration du passeport",
             "en": "Passport number and expiry date"},
            {"rn": "Itariki winjiriye mu Burundi", "fr": "Date d'entrée au Burundi", "en": "Date of entry into Burundi"},
            {"rn": "Igituma uba mu Burundi", "fr": "Motif du séjour", "en": "Purpose of stay"},
            {"rn": "Umukoresha canke ishure mu Burundi", "fr": "Employeur ou établissement au Burundi",
             "en": "Employer or school in Burundi"},
            {"rn": "Aho uba mu Burundi", "fr": "Adresse au Burundi", "en": "Address in Burundi"},
            {"rn": "Umukono w'uwusaba", "fr": "Signature du demandeur", "en": "Applicant's signature"},
        ],
    },
    {
        "code": "MININTER-EC-01", "institution": "interior",
        "title": {
            "rn": "Urupapuro rwo kumenyesha ivuka ry'umwana",
            "fr": "Formulaire de déclaration de naissance",
            "en": "Birth declaration form",
        },
        "description": {
            "rn": "Rushikirizwa umwanditsi w'irangamimerere wa komine umwana yavukiyemwo.",
            "fr": "À remettre à l'officier de l'état civil de la commune de naissance de l'enfant.",
            "en": "Handed to the civil registrar of the commune where the child was born.",
        },
        "fields": [
            {"rn": "Izina ry'umwana", "fr": "Nom et prénoms de l'enfant", "en": "Child's surname and given names"},
            {"rn": "Igitsina c'umwana", "fr": "Sexe de l'enfant", "en": "Child's sex"},
            {"rn": "Itariki, isaha n'ahantu umwana yavukiye", "fr": "Date, heure et lieu de naissance",
             "en": "Date, time and place of birth"},
            {"rn": "Izina, ubwenegihugu n'umwuga vya se", "fr": "Nom, nationalité et profession du père",
             "en": "Father's name, nationality and occupation"},
            {"rn": "Izina, ubwenegihugu n'umwuga vya nyina", "fr": "Nom, nationalité et profession de la mère",
             "en": "Mother's name, nationality and occupation"},
            {"rn": "Izina ry'uwumenyesha n'isano afitaniye n'umwana", "fr": "Nom du déclarant et lien avec l'enfant",
             "en": "Declarant's name and relationship to the child"},
            {"rn": "Amazina y'ivyabona bibiri", "fr": "Noms des deux témoins", "en": "Names of the two witnesses"},
            {"rn": "Umukono w'uwumenyesha", "fr": "Signature du déclarant", "en": "Declarant's signature"},
        ],
    },
    {
        "code": "MININTER-EC-02", "institution": "interior",
        "title": {
            "rn": "Urupapuro rwo gusaba itangazwa ry'umubano",
            "fr": "Demande de publication des bans de mariage",
            "en": "Request for publication of marriage banns",
        },
        "description": {
            "rn": "Abagiye kwabirana barushikiriza komine kugira ngo umugambi wabo umanikwe imbere y'uko umubano wemezwa.",
            "fr": "Les futurs époux la déposent à la commune pour que leur projet soit affiché avant le mariage.",
            "en": "The future spouses hand it in at the commune so their intended marriage is posted beforehand.",
        },
        "fields": [
            {"rn": "Amazina y'umugabo azoba", "fr": "Nom et prénoms du futur époux",
             "en": "Future husband's surname and given names"},
            {"rn": "Amazina y'umugore azoba", "fr": "Nom et prénoms de la future épouse",
             "en": "Future wife's surname and given names"},
            {"rn": "Amatariki n'ahantu bavukiye", "fr": "Dates et lieux de naissance des futurs époux",
             "en": "Dates and places of birth of both spouses"},
            {"rn": "Aho umwe wese aba", "fr": "Domicile de chacun des futurs époux", "en": "Address of each spouse"},
            {"rn": "Amazina y'abavyeyi b'umwe wese", "fr": "Noms des parents de chacun", "en": "Names of each spouse's parents"},
            {"rn": "Itariki y'umubano yifuzwa", "fr": "Date souhaitée du mariage", "en": "Preferred wedding date"},
            {"rn": "Uburyo bwo gusangira itunga", "fr": "Régime matrimonial choisi", "en": "Chosen matrimonial property regime"},
            {"rn": "Imikono y'abagiye kwabirana", "fr": "Signatures des futurs époux", "en": "Signatures of the future spouses"},
        ],
    },
    {
        "code": "MJ-CJ-01", "institution": "criminal-records",
        "title": {
            "rn": "Urupapuro rwo gusaba icemezo c'ukutagira ivyaha",
            "fr": "Demande d'extrait du casier judiciaire",
            "en": "Criminal record extract request",
        },
        "description": {
            "rn": "Ico cemezo gisabwa kugira uronke akazi, viza canke winjire mu mahiganwa.",
            "fr": "Pour obtenir l'extrait demandé pour un emploi, un visa ou un concours.",
            "en": "To obtain the extract required for a job, a visa or a competitive exam.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano", "fr": "Nom et prénoms", "en": "Surname and given names"},
            {"rn": "Itariki n'ahantu wavukiye", "fr": "Date et lieu de naissance", "en": "Date and place of birth"},
            {"rn": "Amazina ya so na nyoko", "fr": "Noms du père et de la mère", "en": "Father's and mother's names"},
            {"rn": "Inomero y'ikarata karangamuntu", "fr": "Numéro de la carte nationale d'identité",
             "en": "National identity card number"},
            {"rn": "Aho uba (intara, komine, umutumba canke ikaritiye)",
             "fr": "Adresse (province, commune, colline ou quartier)",
             "en": "Address (province, commune, hill or neighbourhood)"},
            {"rn": "Igituma usaba ico cemezo", "fr": "Motif de la demande", "en": "Reason for the request"},
            {"rn": "Umukono w'uwusaba", "fr": "Signature du demandeur", "en": "Applicant's signature"},
        ],
    },
    {
        "code": "MJ-NAT-01", "institution": "justice",
        "title": {
            "rn": "Urupapuro rwo gusaba icemezo c'ubwenegihugu",
            "fr": "Demande de certificat de nationalité",
            "en": "Nationality certificate request",
        },
        "description": {
            "rn": "Kugira ngo werekane ko uri Umurundi, nk'uko itegeko ryerekeye ubwenegihugu ribivuga.",
            "fr": "Pour prouver la nationalité burundaise selon le Code de la nationalité.",
            "en": "To prove Burundian nationality under the Nationality Code.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano", "fr": "Nom et prénoms", "en": "Surname and given names"},
            {"rn": "Itariki n'ahantu wavukiye", "fr": "Date et lieu de naissance", "en": "Date and place of birth"},
            {"rn": "Izina n'ubwenegihugu vya so", "fr": "Nom et nationalité du père", "en": "Father's name and nationality"},
            {"rn": "Izina n'ubwenegihugu vya nyoko", "fr": "Nom et nationalité de la mère",
             "en": "Mother's name and nationality"},
            {"rn": "Inkomoko y'ubwenegihugu (ivuka, umubano, ugutangwa)",
             "fr": "Fondement de la nationalité (naissance, mariage, naturalisation)",
             "en": "Basis of nationality (birth, marriage, naturalisation)"},
            {"rn": "Aho uba n'inomero ya terefone", "fr": "Adresse et numéro de téléphone", "en": "Address and telephone number"},
            {"rn": "Umukono w'uwusaba", "fr": "Signature du demandeur", "en": "Applicant's signature"},
        ],
    },
    {
        "code": "OBR-NIF-01", "institution": "obr",
        "title": {
            "rn": "Urupapuro rwo kwiyandikisha nk'umuriha-kori (NIF)",
            "fr": "Formulaire d'immatriculation fiscale (NIF)",
            "en": "Taxpayer registration form (NIF)",
        },
        "description": {
            "rn": "Kugira uronke inomero iranga umuriha-kori (NIF) ku biro vya OBR.",
            "fr": "Pour obtenir le numéro d'identification fiscale (NIF) auprès de l'OBR.",
            "en": "To obtain a taxpayer identification number (NIF) from the OBR.",
        },
        "fields": [
            {"rn": "Izina ry'umuntu canke ry'ishirahamwe", "fr": "Nom ou raison sociale", "en": "Name or company name"},
            {"rn": "Ubwoko bw'ishirahamwe", "fr": "Forme juridique", "en": "Legal form"},
            {"rn": "Inomero y'iyandikwa mu gitabo c'urudandaza (RC)", "fr": "Numéro du registre du commerce (RC)",
             "en": "Trade register number (RC)"},
            {"rn": "Igikorwa nyamukuru", "fr": "Activité principale", "en": "Main activity"},
            {"rn": "Aho igikorwa gikorerwa", "fr": "Adresse de l'activité", "en": "Business address"},
            {"rn": "Terefone n'imeyili", "fr": "Téléphone et e-mail", "en": "Telephone and email"},
            {"rn": "Itariki igikorwa catanguriyeko", "fr": "Date de début d'activité", "en": "Business start date"},
        ],
    },
    {
        "code": "OBR-IMM-01", "institution": "obr",
        "title": {
            "rn": "Urupapuro rwo kwandikisha ikinyabiziga",
            "fr": "Demande d'immatriculation de véhicule",
            "en": "Vehicle registration application",
        },
        "description": {
            "rn": "Kugira uronke purake n'icemezo c'iyandikwa ry'ikinyabiziga camaze kurihirwa amahoro ya gasutamo.",
            "fr": "Pour obtenir la plaque et le certificat d'immatriculation d'un véhicule dédouané.",
            "en": "To obtain the number plate and registration certificate of a customs-cleared vehicle.",
        },
        "fields": [
            {"rn": "Izina rya nyene ikinyabiziga", "fr": "Nom du propriétaire", "en": "Owner's name"},
            {"rn": "Inomero iranga umuriha-kori (NIF)", "fr": "Numéro d'identification fiscale (NIF)",
             "en": "Taxpayer identification number (NIF)"},
            {"rn": "Ikirango n'ubwoko bw'ikinyabiziga", "fr": "Marque et modèle du véhicule", "en": "Vehicle make and model"},
            {"rn": "Inomero ya shasi", "fr": "Numéro de châssis", "en": "Chassis number"},
            {"rn": "Umwaka cakorewemwo", "fr": "Année de fabrication", "en": "Year of manufacture"},
            {"rn": "Inomero y'urupapuro rwa gasutamo", "fr": "Numéro de la déclaration en douane",
             "en": "Customs declaration number"},
            {"rn": "Ingufu za moteri n'ubwoko bw'amavuta", "fr": "Cylindrée et carburant", "en": "Engine capacity and fuel"},
        ],
    },
    {
        "code": "ADB-RC-01", "institution": "adb",
        "title": {
            "rn": "Urupapuro rwo kwandikisha ishirahamwe ry'ubudandaji",
            "fr": "Formulaire d'immatriculation d'entreprise",
            "en": "Company registration form",
        },
        "description": {
            "rn": "Rushikirizwa ibiro rudende vya ADB kugira ngo ishirahamwe ryandikwe mu gitabo c'urudandaza.",
            "fr": "À déposer au guichet unique de l'ADB pour l'inscription au registre du commerce.",
            "en": "Handed in at the ADB one-stop shop for entry in the trade register.",
        },
        "fields": [
            {"rn": "Izina ry'ishirahamwe", "fr": "Dénomination de l'entreprise", "en": "Company name"},
            {"rn": "Ubwoko bw'ishirahamwe (SPRL, SA, umudandaji ku giti ciwe...)",
             "fr": "Forme juridique (SPRL, SA, entreprise individuelle...)",
             "en": "Legal form (SPRL, SA, sole proprietorship...)"},
            {"rn": "Icicaro c'ishirahamwe", "fr": "Siège social", "en": "Registered office"},
            {"rn": "Imari ntangura (BIF)", "fr": "Capital social (BIF)", "en": "Share capital (BIF)"},
            {"rn": "Ibikorwa vy'ishirahamwe", "fr": "Objet social (activités)", "en": "Business purpose (activities)"},
            {"rn": "Izina ry'uwuhagarariye ishirahamwe", "fr": "Nom du gérant ou représentant légal",
             "en": "Name of the manager or legal representative"},
            {"rn": "Amazina y'abanywanyi", "fr": "Noms des associés", "en": "Names of the partners"},
            {"rn": "Terefone n'imeyili", "fr": "Téléphone et e-mail", "en": "Telephone and email"},
        ],
    },
    {
        "code": "DGT-PC-01", "institution": "transport-directorate",
        "title": {
            "rn": "Urupapuro rwo gusaba uruhusha rwo gutwara ibinyabiziga",
            "fr": "Demande de permis de conduire",
            "en": "Driving licence application",
        },
        "description": {
            "rn": "Kugira wiyandikishe mu bizamini vy'amategeko y'ibarabara n'ivy'ugutwara nyezina.",
            "fr": "Pour s'inscrire aux examens théorique et pratique du permis de conduire.",
            "en": "To register for the theory and practical driving tests.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano", "fr": "Nom et prénoms", "en": "Surname and given names"},
            {"rn": "Itariki n'ahantu wavukiye", "fr": "Date et lieu de naissance", "en": "Date and place of birth"},
            {"rn": "Inomero y'ikarata karangamuntu", "fr": "Numéro de la carte nationale d'identité",
             "en": "National identity card number"},
            {"rn": "Aho uba n'inomero ya terefone", "fr": "Adresse et numéro de téléphone", "en": "Address and telephone number"},
            {"rn": "Ubwoko bw'uruhusha usaba (A, B, C, D...)", "fr": "Catégorie demandée (A, B, C, D...)",
             "en": "Category applied for (A, B, C, D...)"},
            {"rn": "Ishure ryo kwiga gutwara wizemwo", "fr": "Auto-école fréquentée", "en": "Driving school attended"},
            {"rn": "Ubwoko bw'amaraso", "fr": "Groupe sanguin", "en": "Blood group"},
            {"rn": "Umukono w'uwusaba", "fr": "Signature du demandeur", "en": "Applicant's signature"},
        ],
    },
    {
        "code": "DGUH-PB-01", "institution": "urban-planning",
        "title": {
            "rn": "Urupapuro rwo gusaba uruhusha rwo kwubaka",
            "fr": "Demande de permis de bâtir",
            "en": "Building permit application",
        },
        "description": {
            "rn": "Rufatanywa n'ibishushanyo vy'inyubakwa n'icemezo c'uko itongo ari iryawe.",
            "fr": "À joindre aux plans du bâtiment et au titre de propriété de la parcelle.",
            "en": "Submitted with the building plans and the plot's title deed.",
        },
        "fields": [
            {"rn": "Izina ry'uwusaba", "fr": "Nom du demandeur", "en": "Applicant's name"},
            {"rn": "Aho itongo riri n'inomero yaryo", "fr": "Situation et numéro de la parcelle",
             "en": "Plot location and number"},
            {"rn": "Inomero y'icemezo c'ubwene bw'itongo", "fr": "Numéro du titre de propriété ou certificat foncier",
             "en": "Title deed or land certificate number"},
            {"rn": "Ubwoko bw'inyubakwa (inzu yo kubamwo, iy'ubudandaji...)",
             "fr": "Type de construction (habitation, commerce...)",
             "en": "Type of building (residential, commercial...)"},
            {"rn": "Igitigiri c'amagorofa", "fr": "Nombre de niveaux", "en": "Number of storeys"},
            {"rn": "Ubunini bw'inyubakwa (m²)", "fr": "Surface construite (m²)", "en": "Built area (m²)"},
            {"rn": "Izina ry'umuhinga w'inyubakwa", "fr": "Nom de l'architecte", "en": "Architect's name"},
            {"rn": "Igiciro giharuwe (BIF)", "fr": "Coût estimé des travaux (BIF)", "en": "Estimated cost of works (BIF)"},
        ],
    },
    {
        "code": "IGT-PT-01", "institution": "labour-inspectorate",
        "title": {
            "rn": "Urupapuro rwo gusaba uruhusha rw'akazi ku munyamahanga",
            "fr": "Demande de permis de travail pour étranger",
            "en": "Work permit application for a foreign national",
        },
        "description": {
            "rn": "Rushikirizwa n'umukoresha imbere y'uko umukozi w'umunyamahanga atangura akazi.",
            "fr": "Déposée par l'employeur avant l'entrée en fonction du travailleur étranger.",
            "en": "Filed by the employer before the foreign worker starts the job.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano y'umukozi", "fr": "Nom et prénoms du travailleur",
             "en": "Worker's surname and given names"},
            {"rn": "Ubwenegihugu", "fr": "Nationalité", "en": "Nationality"},
            {"rn": "Inomero ya pasiporo", "fr": "Numéro du passeport", "en": "Passport number"},
            {"rn": "Izina ry'umukoresha na NIF yiwe", "fr": "Nom et NIF de l'employeur", "en": "Employer's name and NIF"},
            {"rn": "Igikorwa azokora", "fr": "Poste occupé", "en": "Job title"},
            {"rn": "Ikiringo c'amasezerano y'akazi", "fr": "Durée du contrat de travail", "en": "Length of the employment contract"},
            {"rn": "Umushahara w'ukwezi (BIF)", "fr": "Salaire mensuel (BIF)", "en": "Monthly salary (BIF)"},
            {"rn": "Aho azokorera", "fr": "Lieu de travail", "en": "Place of work"},
        ],
    },
    {
        "code": "INSS-PEN-01", "institution": "inss",
        "title": {
            "rn": "Urupapuro rwo gusaba amafaranga y'izabukuru",
            "fr": "Demande de pension",
            "en": "Pension claim form",
        },
        "description": {
            "rn": "Ku mukozi yishingiwe ashitse imyaka y'izabukuru, canke ku bamuzungura.",
            "fr": "Pour l'assuré qui atteint l'âge de la retraite ou pour ses ayants droit.",
            "en": "For an insured worker reaching retirement age, or for their survivors.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano y'uwishingiwe", "fr": "Nom et prénoms de l'assuré",
             "en": "Insured person's surname and given names"},
            {"rn": "Inomero y'ubwishingizi muri INSS", "fr": "Numéro d'immatriculation INSS", "en": "INSS registration number"},
            {"rn": "Itariki y'amavuka", "fr": "Date de naissance", "en": "Date of birth"},
            {"rn": "Umukoresha wa nyuma", "fr": "Dernier employeur", "en": "Last employer"},
            {"rn": "Itariki akazi karangiriyeko", "fr": "Date de fin d'activité", "en": "Date employment ended"},
            {"rn": "Ubwoko bw'amafaranga (izabukuru, ubumuga, abasigaye)",
             "fr": "Type de pension (retraite, invalidité, survivants)",
             "en": "Type of pension (retirement, disability, survivors)"},
            {"rn": "Inomero ya konti muri banki", "fr": "Numéro de compte bancaire", "en": "Bank account number"},
            {"rn": "Umukono w'uwusaba", "fr": "Signature du demandeur", "en": "Claimant's signature"},
        ],
    },
    {
        "code": "MEN-EQ-01", "institution": "exams-directorate",
        "title": {
            "rn": "Urupapuro rwo gusaba ukuringanizwa kw'impamyabumenyi",
            "fr": "Demande d'équivalence de diplôme",
            "en": "Diploma equivalence request",
        },
        "description": {
            "rn": "Kugira ngo impamyabumenyi waronkeye mu mahanga yemerwe mu Burundi.",
            "fr": "Pour faire reconnaître au Burundi un diplôme obtenu à l'étranger.",
            "en": "To have a diploma obtained abroad recognised in Burundi.",
        },
        "fields": [
            {"rn": "Izina n'amatazirano", "fr": "Nom et prénoms", "en": "Surname and given names"},
            {"rn": "Itariki n'ahantu wavukiye", "fr": "Date et lieu de naissance", "en": "Date and place of birth"},
            {"rn": "Izina ry'impamyabumenyi", "fr": "Intitulé du diplôme", "en": "Title of the diploma"},
            {"rn": "Ishure n'igihugu wayironkeyemwo", "fr": "Établissement et pays de délivrance",
             "en": "Awarding institution and country"},
            {"rn": "Umwaka wayironkeyemwo", "fr": "Année d'obtention", "en": "Year awarded"},
            {"rn": "Ivyo wize", "fr": "Domaine d'études", "en": "Field of study"},
            {"rn": "Igituma uyisaba (akazi, kwiga...)", "fr": "Motif de la demande (emploi, études...)",
             "en": "Reason for the request (job, further study...)"},
            {"rn": "Inomero ya terefone", "fr": "Numéro de téléphone", "en": "Telephone number"},
        ],
    },
    {
        "code": "MSP-CAM-01", "institution": "cam-programme",
        "title": {
            "rn": "Urupapuro rwo gusaba ikarata y'ukwivuza (CAM)",
            "fr": "Demande de carte d'assistance médicale (CAM)",
            "en": "Medical assistance card (CAM) application",
        },
        "description": {
            "rn": "CAM iriha 80 % y'amafaranga y'ukwivuza mu mavuriro ya Leta ku bagize urugo bose.",
            "fr": "La CAM couvre 80 % des frais de soins dans les formations sanitaires publiques pour tout le ménage.",
            "en": "The CAM covers 80% of care costs in public health facilities for the whole household.",
        },
        "fields": [
            {"rn": "Izina ry'umukuru w'urugo", "fr": "Nom du chef de ménage", "en": "Head of household's name"},
            {"rn": "Inomero y'ikarata karangamuntu", "fr": "Numéro de la carte nationale d'identité",
             "en": "National identity card number"},
            {"rn": "Umutumba canke ikaritiye na komine", "fr": "Colline ou quartier et commune",
             "en": "Hill or neighbourhood and commune"},
            {"rn": "Igitigiri c'abagize urugo", "fr": "Nombre de personnes dans le ménage", "en": "Number of household members"},
            {"rn": "Amazina n'imyaka y'abo atunze", "fr": "Noms et âges des personnes à charge",
             "en": "Names and ages of dependants"},
            {"rn": "Umwuga", "fr": "Profession", "en": "Occupation"},
            {"rn": "Ivuriro wahisemwo", "fr": "Centre de santé choisi", "en": "Chosen health centre"},
            {"rn": "Umukono canke igikumu", "fr": "Signature ou empreinte digitale", "en": "Signature or thumbprint"},
        ],
    },
]

# Journeys across ministries (SAMPLE): ordered steps, each naming procedures by slug; "and"/"or".
JOURNEYS = [
    {
        "slug": "having-a-baby",
        "title": {"rn": "Kuvyara umwana", "fr": "Avoir un enfant", "en": "Having a baby"},
        "summary": {
            "rn": "Ivyo gukora kuva umwana avutse: kumwandikisha, kuvurwa ku buntu, ikarata y'ivuriro.",
            "fr": "Ce qu’il faut faire après une naissance : la déclarer, les soins gratuits, la carte d’assistance médicale.",
            "en": "What to do after a birth: register it, free care, the medical assistance card.",
        },
        "steps": [
            {
                "title": {"rn": "Kwandikisha ivuka", "fr": "Déclarer la naissance", "en": "Register the birth"},
                "text": {
                    "rn": "Mu minsi 30 umwana avutse, ku biro vy'irangamimerere vya komine.",
                    "fr": "Dans les 30 jours suivant la naissance, à l’état civil de la commune.",
                    "en": "Within 30 days of the birth, at the commune's civil status office.",
                },
                "optional": False, "combination": "and", "procedures": ["birth-certificate"],
            },
            {
                "title": {"rn": "Kuvurwa ku buntu", "fr": "Les soins gratuits", "en": "Free care"},
                "text": {
                    "rn": "Abana batarashikana imyaka 5 n'abavyeyi bavurwa ku buntu.",
                    "fr": "Les enfants de moins de 5 ans et les mères sont soignés gratuitement.",
                    "en": "Children under 5 and mothers are cared for free of charge.",
                },
                "optional": False, "combination": "and", "procedures": ["free-care-under-five-pregnant"],
            },
            {
                "title": {"rn": "Ikarata y'ivuriro", "fr": "La carte d’assistance médicale", "en": "Medical assistance card"},
                "text": {"rn": "Ku muryango wose.", "fr": "Pour toute la famille.", "en": "For the whole family."},
                "optional": True, "combination": "and", "procedures": ["medical-assistance-card"],
            },
        ],
    },
    {
        "slug": "starting-a-business",
        "title": {"rn": "Gutangura ibikorwa vy'urudandaza", "fr": "Créer une entreprise", "en": "Starting a business"},
        "summary": {
            "rn": "Kuva ku nomero y'amakori gushika ku kwandikisha abakozi.",
            "fr": "Du numéro d’identification fiscale à l’immatriculation des salariés.",
            "en": "From the tax number to registering employees.",
        },
        "steps": [
            {
                "title": {"rn": "Kwandikisha isosiyete", "fr": "Immatriculer la société", "en": "Register the company"},
                "text": {
                    "rn": "Ku biro rudende vy'ishoramari (API).",
                    "fr": "Au guichet unique de l’Agence de promotion des investissements (API).",
                    "en": "At the Investment Promotion Agency's one-stop shop (API).",
                },
                "optional": False, "combination": "and", "procedures": ["company-registration"],
            },
            {
                "title": {"rn": "Inomero y'amakori", "fr": "Le numéro d’identification fiscale", "en": "The tax number"},
                "text": {
                    "rn": "Ku biro vya OBR, isosiyete imaze kwandikwa.",
                    "fr": "À l’OBR, une fois la société immatriculée.",
                    "en": "At the OBR, once the company is registered.",
                },
                "optional": False, "combination": "and", "procedures": ["tax-identification-number"],
            },
            {
                "title": {"rn": "Inyubakwa", "fr": "Les locaux", "en": "Premises"},
                "text": {
                    "rn": "Iyo wubaka canke ukoresha inyubakwa nshasha.",
                    "fr": "Si vous construisez ou occupez un nouveau bâtiment.",
                    "en": "If you build or move into a new building.",
                },
                "optional": True, "combination": "or", "procedures": ["building-permit", "certificate-of-occupancy"],
            },
            {
                "title": {"rn": "Kwandikisha abakozi", "fr": "Déclarer les salariés", "en": "Register employees"},
                "text": {"rn": "Iyo ufise abakozi.", "fr": "Si vous employez des salariés.", "en": "If you employ staff."},
                "optional": True, "combination": "and", "procedures": ["employer-registration-inss"],
            },
        ],
    },
]
