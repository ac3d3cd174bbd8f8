#!/usr/bin/env python3
"""Writes the start-up directory seed: server/seed/startups.json and server/seed/logos/*.png.

Deterministic and standard library only: running it twice gives byte-identical files.

    python3 server/seed/tools/make_startups.py             # writes into server/seed/
    python3 server/seed/tools/make_startups.py --out DIR   # writes DIR/startups.json, DIR/logos/

The four start-ups named in the campus article (DrData, Team'Doc, Posos, SimforHealth) are
real: their cards only say, at a public level, which field they work in. Every other
start-up is invented sample data (`sample: true`) with reserved `.example` addresses.
Check the result with check_startups.py.
"""

import argparse
import datetime
import hashlib
import json
import math
import os
import struct
import zlib

SEED_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NOTE = (
    "The four start-ups named in the source article (DrData, Team'Doc, Posos, SimforHealth) "
    "are real, with neutral public-level descriptions written by the portal team; every other "
    "start-up is invented sample data (sample: true) with reserved .example addresses."
)

PORTAL_NOTE_FR = (
    "Fiche rédigée par l'équipe du portail à partir d'informations publiques\u202f; "
    "la start-up peut la compléter depuis l'espace start-up."
)
PORTAL_NOTE_EN = (
    "Profile written by the portal team from public information; "
    "the start-up can complete it from the start-up space."
)
FIRST_WAVE_FR = "La start-up fait partie des premières accueillies sur PariSanté Campus, en janvier 2022."
FIRST_WAVE_EN = "It was among the first start-ups hosted at PariSanté Campus, in January 2022."

# Profiles edited after this date do not exist yet.
LAST_UPDATE = datetime.date(2026, 11, 20)


# ---------------------------------------------------------------------------------------------
# The four start-ups of the article. Founding year, stage and team size are plausible
# placeholders (the cards make no claim about them); the start-ups can correct them.
# ---------------------------------------------------------------------------------------------

REAL = [
    dict(
        slug="drdata", name="DrData",
        pitch=("Protection des données de santé et conformité au RGPD pour les acteurs de santé.",
               "Health-data protection and GDPR compliance for organisations in the health sector."),
        fr=["DrData travaille dans le domaine de la protection des données de santé. Son activité "
            "s'adresse aux acteurs de santé (établissements, professionnels, entreprises du numérique "
            "en santé) et porte sur la mise en conformité avec le règlement général sur la protection "
            "des données (RGPD) et la gestion des données personnelles qu'ils traitent. " + FIRST_WAVE_FR],
        en=["DrData works in the field of health-data protection. Its work is aimed at health-sector "
            "organisations (care facilities, professionals, digital-health companies) and covers "
            "compliance with the General Data Protection Regulation (GDPR) and the management of the "
            "personal data they process. " + FIRST_WAVE_EN],
        sectors=["donnees-de-sante"], poles=["entrepreneuriat"],
    ),
    dict(
        slug="team-doc", name="Team'Doc",
        pitch=("Outils numériques de coordination des soins entre professionnels de santé.",
               "Digital tools for care coordination between health professionals."),
        fr=["Team'Doc travaille dans le domaine de la coordination des soins. Ses outils numériques "
            "visent à faciliter les échanges et le travail en équipe entre les professionnels de santé "
            "qui suivent un même patient, à l'hôpital comme en ville. " + FIRST_WAVE_FR],
        en=["Team'Doc works in the field of care coordination. Its digital tools aim to make "
            "communication and teamwork easier between the health professionals who follow the same "
            "patient, in hospital and in the community. " + FIRST_WAVE_EN],
        sectors=["coordination-soins"], poles=["entrepreneuriat", "professionnels-sante"],
    ),
    dict(
        slug="posos", name="Posos",
        pitch=("Aide à la décision pour la prescription médicamenteuse, au service de la sécurité de la prescription.",
               "Decision support for medication prescribing, in the service of prescription safety."),
        fr=["Posos travaille dans le domaine de l'aide à la décision pour la prescription "
            "médicamenteuse. Ses outils s'adressent aux professionnels de santé et portent sur l'accès "
            "à l'information sur les médicaments et sur la sécurité de la prescription. " + FIRST_WAVE_FR],
        en=["Posos works in the field of decision support for medication prescribing. Its tools are "
            "meant for health professionals and deal with access to information about medicines and "
            "with prescription safety. " + FIRST_WAVE_EN],
        sectors=["securite-prescription"], poles=["entrepreneuriat", "professionnels-sante"],
    ),
    dict(
        slug="simforhealth", name="SimforHealth",
        pitch=("Simulation numérique pour la formation des professionnels de santé.",
               "Digital simulation for training health professionals."),
        fr=["SimforHealth travaille dans le domaine de la simulation numérique en santé. Elle conçoit "
            "des outils de formation par la simulation destinés aux professionnels de santé et aux "
            "étudiants, pour s'exercer à des situations cliniques dans un environnement numérique. "
            + FIRST_WAVE_FR],
        en=["SimforHealth works in the field of digital simulation in health. It designs "
            "simulation-based training tools for health professionals and students, to practise "
            "clinical situations in a digital environment. " + FIRST_WAVE_EN],
        sectors=["formation-simulation"], poles=["entrepreneuriat", "formation"],
    ),
]


# ---------------------------------------------------------------------------------------------
# Invented sample start-ups.
#   lab/inst: research origin (None: not a spin-off; inst None: no campus institute)
#   hire: careers path ("/carrieres"...), "email" (hiring, apply by e-mail) or None
#   web: whether the sample has a website; mail: local part of the e-mail or None
#   social: networks; logo: shape name for the generated PNG or None
# ---------------------------------------------------------------------------------------------

def S(slug, name, sectors, poles, stage, founded, team, since, lab, inst, hire, web, mail,
      social, logo, pitch, fr, en):
    return dict(slug=slug, name=name, sectors=sectors, poles=poles, stage=stage, founded=founded,
                team=team, since=since, lab=lab, inst=inst, hire=hire, web=web, mail=mail,
                social=social, logo=logo, pitch=pitch, fr=fr, en=en)


SAMPLES = [
    S("cardiolume", "Cardiolume", ["diagnostic-ia", "dispositifs-medicaux"],
      ["entrepreneuriat", "recherche"], "serie-a", 2018, "11-50", "2022-01-10",
      "Équipe Signaux cardiaques et apprentissage (Inria Paris)", "prairie",
      "/carrieres", True, "contact", ["linkedin", "mastodon"], "pulse",
      ("Analyse de l'ECG assistée par IA pour repérer plus tôt les troubles du rythme cardiaque.",
       "AI-assisted ECG analysis to spot heart-rhythm disorders earlier."),
      ["Cardiolume développe un logiciel qui analyse les électrocardiogrammes issus des appareils "
       "hospitaliers et des capteurs portés à domicile. L'algorithme signale au cardiologue les tracés "
       "qui évoquent une fibrillation atriale ou un autre trouble du rythme, et explique chaque alerte "
       "pour que la décision reste médicale.",
       "Issue d'une équipe Inria associée à l'institut PR[AI]RIE, la start-up mène ses études de "
       "validation avec des services de cardiologie franciliens. Les tracés sont pseudonymisés avant "
       "tout traitement et conservés chez un hébergeur certifié pour les données de santé."],
      ["Cardiolume builds software that analyses electrocardiograms from hospital devices and from "
       "sensors worn at home. The algorithm flags recordings that suggest atrial fibrillation or another "
       "rhythm disorder for the cardiologist, and explains each alert so that the decision stays a "
       "medical one.",
       "Born in an Inria team linked to the PR[AI]RIE institute, the start-up runs its validation "
       "studies with cardiology departments in the Paris region. Recordings are pseudonymised before "
       "any processing and stored with a certified health-data host."]),

    S("oncotrace", "Oncotrace", ["donnees-de-sante", "parcours-patient"],
      ["entrepreneuriat", "recherche", "patients-societe"], "amorcage", 2020, "11-50", "2022-01-10",
      "Laboratoire Épidémiologie et parcours en cancérologie (Inserm)", None,
      None, True, "contact", ["linkedin"], "target",
      ("Une plateforme de données pour suivre les parcours de soins en cancérologie, du diagnostic au suivi à long terme.",
       "A data platform that follows cancer care pathways, from diagnosis to long-term follow-up."),
      ["Oncotrace relie les données produites au fil d'un parcours en cancérologie (comptes rendus, "
       "traitements, rendez-vous, questionnaires remplis par les patients) pour offrir aux équipes une "
       "vue chronologique et partagée. Les délais entre le diagnostic et le premier traitement "
       "deviennent visibles, service par service.",
       "Le projet est né dans un laboratoire d'épidémiologie de l'Inserm. Un comité de patients relit "
       "chaque nouvel indicateur, et les données ne quittent jamais l'hôpital : seuls des résultats "
       "agrégés sont partagés avec les chercheurs."],
      ["Oncotrace links the data produced along a cancer care pathway (reports, treatments, "
       "appointments, questionnaires filled in by patients) to give care teams a shared, chronological "
       "view. The time between diagnosis and first treatment becomes visible, department by department.",
       "The project started in an Inserm epidemiology laboratory. A patient committee reviews every new "
       "indicator, and the data never leave the hospital: only aggregated results are shared with "
       "researchers."]),

    S("pharmalink-sim", "Pharmalink Sim", ["formation-simulation", "securite-prescription"],
      ["entrepreneuriat", "formation"], "amorcage", 2021, "1-10", "2022-01-17",
      None, None, "/recrutement", True, "bonjour", ["linkedin", "youtube"], "capsule",
      ("Simulation de comptoir d'officine pour former les étudiants en pharmacie à une dispensation sûre.",
       "Pharmacy-counter simulation that trains pharmacy students in safe dispensing."),
      ["Pharmalink Sim propose des cas de simulation où l'étudiant reçoit des patients virtuels au "
       "comptoir : ordonnance illisible, interaction médicamenteuse, demande d'automédication, patient "
       "âgé polymédiqué. Chaque séance se termine par un débriefing qui reprend les décisions prises et "
       "les sources utilisées.",
       "Conçue avec des enseignants de facultés de pharmacie, la plateforme fonctionne dans un simple "
       "navigateur et respecte les critères d'accessibilité numérique, afin que les étudiants en "
       "situation de handicap puissent s'entraîner dans les mêmes conditions."],
      ["Pharmalink Sim offers simulation cases in which students serve virtual patients at the "
       "counter: an illegible prescription, a drug interaction, a self-medication request, an older "
       "patient on many medicines. Each session ends with a debriefing that goes over the decisions "
       "taken and the sources used.",
       "Designed with pharmacy-school teachers, the platform runs in an ordinary browser and follows "
       "digital-accessibility criteria, so that students with disabilities can practise in the same "
       "conditions."]),

    S("dermavista", "Dermavista", ["diagnostic-ia", "telemedecine"],
      ["entrepreneuriat", "professionnels-sante"], "serie-a", 2017, "11-50", "2022-01-10",
      "Équipe Vision par ordinateur et dermatologie (Inria / ENS-PSL)", "prairie",
      None, True, "contact", ["linkedin"], "halfdisc",
      ("Télé-expertise en dermatologie avec une aide au tri des lésions cutanées par IA.",
       "Dermatology tele-expertise with AI help in triaging skin lesions."),
      ["Dermavista permet au médecin généraliste d'envoyer à un dermatologue des photos de lésions "
       "prises avec un dermatoscope connecté. Un modèle d'IA propose un ordre de priorité pour les "
       "demandes qui évoquent un mélanome, afin que les patients concernés obtiennent un rendez-vous "
       "plus vite.",
       "La start-up est issue d'une équipe de vision par ordinateur rattachée à PR[AI]RIE. Elle publie "
       "la composition de ses jeux d'entraînement, dont les phototypes de peau représentés, pour que "
       "chacun puisse juger des limites du modèle."],
      ["Dermavista lets GPs send photographs of skin lesions, taken with a connected dermatoscope, to "
       "a dermatologist. An AI model suggests a priority order for requests that point to melanoma, so "
       "that the patients concerned get an appointment sooner.",
       "The start-up comes from a computer-vision team linked to PR[AI]RIE. It publishes the make-up of "
       "its training sets, including the skin phototypes represented, so that everyone can judge the "
       "model's limits."]),

    S("pneumora", "Pneumora", ["dispositifs-medicaux", "parcours-patient"],
      ["entrepreneuriat", "patients-societe"], "amorcage", 2020, "1-10", "2022-01-17",
      "Laboratoire Physiologie respiratoire et capteurs (Inserm)", "physics-for-medicine",
      "/carrieres", True, "contact", ["linkedin"], None,
      ("Un spiromètre connecté pour suivre l'asthme et la BPCO à domicile, entre deux consultations.",
       "A connected spirometer to monitor asthma and COPD at home between appointments."),
      ["Pneumora conçoit un spiromètre de poche relié à une application : le patient mesure son "
       "souffle chaque matin, et l'équipe soignante voit l'évolution de la fonction respiratoire sans "
       "attendre la prochaine consultation. Une baisse durable déclenche un message au pneumologue.",
       "L'appareil vient d'un laboratoire de physiologie respiratoire associé à l'institut Physics for "
       "Medicine. L'application a été testée avec des associations de patients : grands caractères, "
       "consignes audio et mode hors connexion."],
      ["Pneumora designs a pocket spirometer linked to an app: patients measure their breathing every "
       "morning, and the care team sees how lung function changes without waiting for the next "
       "appointment. A lasting drop sends a message to the chest physician.",
       "The device comes from a respiratory-physiology laboratory associated with the Physics for "
       "Medicine institute. The app was tested with patient associations: large type, audio "
       "instructions and an offline mode."]),

    S("neurosillage", "Neurosillage", ["diagnostic-ia"],
      ["entrepreneuriat", "recherche"], "amorcage", 2021, "1-10", "2022-01-24",
      "Équipe Dynamique des réseaux neuronaux (ENS-PSL)", "q-bio",
      None, True, "contact", [], "waves",
      ("Lecture assistée des électroencéphalogrammes pour repérer les crises d'épilepsie chez l'enfant.",
       "Assisted EEG reading to detect epileptic seizures in children."),
      ["Neurosillage analyse les enregistrements d'électroencéphalogramme de longue durée et marque les "
       "passages qui ressemblent à des crises. Le neurologue parcourt ainsi quelques minutes annotées "
       "au lieu de plusieurs heures de tracé, et garde la main sur l'interprétation.",
       "Les méthodes viennent d'une équipe de modélisation des réseaux neuronaux de l'ENS, membre de "
       "l'institut Q-Bio. La start-up travaille avec des services de neuropédiatrie pour constituer des "
       "jeux de données annotés, avec l'accord des familles."],
      ["Neurosillage analyses long-term electroencephalogram recordings and marks the stretches that "
       "look like seizures. Neurologists review a few annotated minutes instead of hours of trace, and "
       "keep control of the interpretation.",
       "Its methods come from a neural-network modelling team at ENS, part of the Q-Bio institute. The "
       "start-up works with paediatric neurology departments to build annotated data sets, with the "
       "families' consent."]),

    S("sillon-sante", "Sillon Santé", ["coordination-soins", "telemedecine"],
      ["entrepreneuriat", "professionnels-sante"], "serie-a", 2016, "51-200", "2022-01-10",
      None, None, "/rejoindre", True, "contact", ["linkedin", "mastodon"], None,
      ("Coordonner médecins, infirmiers et pharmaciens d'un même territoire rural autour des patients fragiles.",
       "Coordinating doctors, nurses and pharmacists in a rural area around frail patients."),
      ["Sillon Santé équipe les maisons de santé et les communautés professionnelles territoriales de "
       "santé d'un outil commun : fiche de liaison, messagerie sécurisée, agenda des passages à domicile "
       "et alertes en cas de sortie d'hospitalisation. Chaque professionnel voit ce qui a été fait la "
       "veille.",
       "Les territoires ruraux, où les soignants sont peu nombreux et les distances longues, sont sa "
       "priorité. La start-up forme elle-même les équipes sur place et propose une téléconsultation "
       "assistée par l'infirmier au domicile du patient."],
      ["Sillon Santé gives multi-professional health centres and local health networks a shared tool: "
       "a liaison sheet, secure messaging, a home-visit schedule and alerts when a patient leaves "
       "hospital. Each professional sees what was done the day before.",
       "Rural areas, where health professionals are few and distances long, are its priority. The "
       "start-up trains teams on site itself and offers nurse-assisted teleconsultation in the "
       "patient's home."]),

    S("geriaconnect", "Gériaconnect", ["telemedecine", "coordination-soins"],
      ["entrepreneuriat", "professionnels-sante"], "croissance", 2014, "51-200", "2022-01-03",
      None, None, None, True, "contact", ["linkedin"], None,
      ("Téléconsultation et télé-expertise pour les résidents des Ehpad, avec médecins traitants et gériatres.",
       "Teleconsultation and tele-expertise for nursing-home residents, with their GPs and geriatricians."),
      ["Gériaconnect installe dans les Ehpad un chariot de téléconsultation (caméra, stéthoscope et "
       "otoscope connectés) et organise les créneaux avec les médecins traitants, les gériatres et les "
       "équipes mobiles de soins palliatifs. L'objectif : éviter des passages aux urgences qui épuisent "
       "les résidents.",
       "L'infirmière de l'établissement accompagne chaque consultation. Le compte rendu rejoint le "
       "dossier du résident et le médecin traitant en est informé. Sur le campus, l'entreprise "
       "travaille avec des chercheurs sur l'évaluation de ces usages."],
      ["Gériaconnect installs a teleconsultation cart in nursing homes (connected camera, stethoscope "
       "and otoscope) and books slots with GPs, geriatricians and mobile palliative-care teams. The aim: "
       "avoid trips to the emergency department that wear residents out.",
       "The home's nurse attends every consultation. The report goes into the resident's record and "
       "the GP is informed. On campus, the company works with researchers on evaluating these "
       "practices."]),

    S("veillemed", "Veillemed", ["prevention", "donnees-de-sante"],
      ["entrepreneuriat", "recherche"], "serie-a", 2018, "11-50", "2022-01-10",
      "Équipe Épidémiologie numérique (Université Paris-Dauphine - PSL / ENS-PSL)", "isns",
      None, True, "contact", ["linkedin", "mastodon", "github"], "dots",
      ("Surveillance épidémiologique à partir de signaux faibles, pour aider les autorités de santé à anticiper.",
       "Epidemiological surveillance from weak signals, helping health authorities to anticipate."),
      ["Veillemed agrège des sources ouvertes et des données anonymisées (ventes de médicaments sans "
       "ordonnance, passages aux urgences, analyses des eaux usées) pour repérer tôt le début d'une "
       "épidémie saisonnière. Les tableaux de bord sont destinés aux agences régionales de santé et aux "
       "collectivités.",
       "La start-up est issue de travaux menés avec l'Institut santé numérique en société (ISNS). Elle "
       "publie ses méthodes, n'utilise aucune donnée individuelle identifiante et associe des "
       "représentants d'usagers à la définition de ses indicateurs."],
      ["Veillemed combines open sources and anonymised data (over-the-counter drug sales, emergency "
       "visits, wastewater analyses) to spot the start of a seasonal epidemic early. Its dashboards are "
       "meant for regional health agencies and local authorities.",
       "The start-up grew out of work with the Institute for Digital Health in Society (ISNS). It "
       "publishes its methods, uses no identifying individual data and involves user representatives "
       "in defining its indicators."]),

    S("sonoprisme", "Sonoprisme", ["formation-simulation", "dispositifs-medicaux"],
      ["entrepreneuriat", "formation"], "serie-a", 2017, "11-50", "2022-01-17",
      "Équipe Imagerie ultrasonore et apprentissage (Inserm / ESPCI-PSL)", "physics-for-medicine",
      "/carrieres", True, "contact", ["linkedin", "youtube"], "arcs",
      ("Simulateur d'échographie sur tablette pour apprendre les gestes de base sans mobiliser un appareil.",
       "A tablet ultrasound simulator to learn the basic moves without tying up a scanner."),
      ["Sonoprisme associe une sonde factice à des images d'échographie reconstruites : l'étudiant "
       "déplace la sonde sur un mannequin et voit l'image correspondante en temps réel. Des exercices "
       "guidés couvrent l'échographie abdominale, cardiaque et obstétricale, du repérage à la mesure.",
       "La technologie de reconstruction vient d'une équipe de l'institut Physics for Medicine "
       "spécialisée dans l'imagerie ultrasonore. Facultés et centres de simulation l'utilisent pour "
       "multiplier les heures de pratique avant le premier stage."],
      ["Sonoprisme pairs a dummy probe with reconstructed ultrasound images: students move the probe "
       "over a manikin and see the matching image in real time. Guided exercises cover abdominal, "
       "cardiac and obstetric ultrasound, from locating structures to measuring them.",
       "The reconstruction technology comes from a Physics for Medicine team specialised in ultrasound "
       "imaging. Medical schools and simulation centres use it to add hours of practice before the "
       "first placement."]),

    S("datavoile", "Datavoile", ["donnees-de-sante"],
      ["entrepreneuriat", "recherche"], "croissance", 2016, "51-200", "2022-01-10",
      "Équipe Confidentialité et apprentissage (Inria)", "prairie",
      "/carrieres", True, "contact", ["linkedin", "github", "mastodon"], "diamond",
      ("Pseudonymisation et anonymisation des données de santé, pour partager des jeux de données sans exposer les patients.",
       "Pseudonymisation and anonymisation of health data, to share data sets without exposing patients."),
      ["Datavoile fournit aux hôpitaux, aux entrepôts de données et aux promoteurs d'essais cliniques "
       "des outils pour pseudonymiser les dossiers, masquer les textes libres et mesurer le risque de "
       "réidentification avant tout partage. Chaque traitement est tracé pour répondre aux exigences "
       "du RGPD.",
       "Ses méthodes de confidentialité différentielle viennent d'une équipe Inria associée à "
       "PR[AI]RIE. La start-up contribue aux rencontres du campus sur la médiation des données de santé "
       "et publie en source ouverte une partie de ses bibliothèques."],
      ["Datavoile gives hospitals, data warehouses and clinical-trial sponsors tools to pseudonymise "
       "records, mask free text and measure the re-identification risk before any sharing. Every "
       "processing step is logged to meet GDPR requirements.",
       "Its differential-privacy methods come from an Inria team linked to PR[AI]RIE. The start-up "
       "takes part in the campus meetings on health-data mediation and publishes part of its libraries "
       "as open source."]),

    S("pedidose", "Pédidose", ["securite-prescription", "parcours-patient"],
      ["entrepreneuriat", "professionnels-sante"], "pre-amorcage", 2023, "1-10", "2023-09-04",
      "Laboratoire Pharmacologie pédiatrique (Inserm)", None,
      None, True, "contact", [], None,
      ("Calcul des doses pédiatriques au lit du patient, pour sécuriser la prescription chez l'enfant.",
       "Paediatric dose calculation at the bedside, to make prescribing for children safer."),
      ["Chez l'enfant, la dose d'un médicament dépend du poids, de l'âge et parfois de la fonction "
       "rénale ; les erreurs de calcul restent une cause fréquente d'incidents. Pédidose propose un "
       "calculateur relié au dossier de soins qui vérifie la dose, la forme galénique et le volume à "
       "administrer.",
       "Le projet vient d'un laboratoire de pharmacologie pédiatrique de l'Inserm et se teste dans deux "
       "services d'urgences pédiatriques. Les parents reçoivent une fiche claire, illustrée de "
       "pictogrammes, sur le traitement de leur enfant."],
      ["For children, a drug's dose depends on weight, age and sometimes kidney function; calculation "
       "errors remain a common cause of incidents. Pédidose offers a calculator linked to the care "
       "record that checks the dose, the formulation and the volume to give.",
       "The project comes from an Inserm paediatric pharmacology laboratory and is being tested in two "
       "paediatric emergency departments. Parents receive a clear sheet, illustrated with pictograms, "
       "about their child's treatment."]),

    S("lisible-sante", "Lisible Santé", ["parcours-patient", "prevention"],
      ["entrepreneuriat", "patients-societe"], "amorcage", 2019, "1-10", "2022-01-24",
      "Équipe Littératie en santé (Université Paris-Dauphine - PSL)", "isns",
      "/carrieres", True, "bonjour", ["linkedin", "mastodon"], "lines",
      ("Rendre l'information de santé lisible par tous : documents en langage clair et en FALC pour les patients.",
       "Making health information readable for all: plain-language and easy-read documents for patients."),
      ["Lisible Santé aide les hôpitaux et les associations à réécrire leurs documents destinés aux "
       "patients (consentements, consignes de sortie, préparation d'un examen) en langage clair et en "
       "facile à lire et à comprendre (FALC). Un outil d'analyse repère les phrases trop longues et le "
       "jargon médical.",
       "Issue de recherches sur la littératie en santé menées avec l'ISNS, la start-up fait relire "
       "chaque document par des patients et des personnes en situation de handicap intellectuel. Pour "
       "elle, l'accès au numérique pour tous commence par des textes compréhensibles."],
      ["Lisible Santé helps hospitals and associations rewrite their patient documents (consent forms, "
       "discharge instructions, preparing for a test) in plain language and in easy-read format. An "
       "analysis tool spots overly long sentences and medical jargon.",
       "Born from research on health literacy carried out with ISNS, the start-up has every document "
       "reviewed by patients and by people with intellectual disabilities. In its view, digital access "
       "for everyone starts with texts people can understand."]),

    S("signes-et-soins", "Signes et Soins", ["telemedecine", "parcours-patient"],
      ["entrepreneuriat", "patients-societe"], "amorcage", 2020, "11-50", "2022-01-17",
      None, None, "/recrutement", True, "contact", ["linkedin", "youtube"], None,
      ("Téléconsultation avec interprètes en langue des signes, pour que les patients sourds accèdent aux soins.",
       "Teleconsultation with sign-language interpreters, so that deaf patients can access care."),
      ["Signes et Soins met en relation, en visio, un patient sourd ou malentendant, son soignant et un "
       "interprète en langue des signes française. Le service fonctionne pour une consultation à "
       "distance comme au cabinet, où l'interprète apparaît sur une tablette, et propose aussi le "
       "sous-titrage en direct.",
       "L'équipe compte des professionnels sourds qui conçoivent et testent chaque écran. La start-up "
       "forme également les secrétariats médicaux à l'accueil des patients sourds, car l'accessibilité "
       "commence dès la prise de rendez-vous."],
      ["Signes et Soins connects a deaf or hard-of-hearing patient, their doctor or nurse and a French "
       "Sign Language interpreter by video. The service works for remote consultations and in the "
       "surgery, where the interpreter appears on a tablet, and also offers live captioning.",
       "The team includes deaf professionals who design and test every screen. The start-up also trains "
       "medical receptionists to welcome deaf patients, because accessibility starts with booking the "
       "appointment."]),

    S("maculine", "Maculine", ["diagnostic-ia", "prevention"],
      ["entrepreneuriat", "recherche"], "serie-a", 2019, "11-50", "2022-01-10",
      "Équipe Imagerie rétinienne et IA (Inria / Inserm)", "prairie",
      None, True, "contact", ["linkedin"], None,
      ("Dépistage de la rétinopathie diabétique par IA à partir de photos du fond d'œil prises en pharmacie.",
       "AI screening for diabetic retinopathy from fundus photos taken in pharmacies."),
      ["Maculine équipe des pharmacies et des centres de santé d'un rétinographe non mydriatique. Les "
       "images sont analysées par un modèle d'IA puis validées à distance par un ophtalmologue, et le "
       "patient reçoit un résultat accompagné, si besoin, d'une orientation vers un spécialiste.",
       "Le modèle a été développé dans une équipe Inria–Inserm associée à PR[AI]RIE. La start-up cible "
       "les personnes diabétiques qui ne voient pas d'ophtalmologue faute de rendez-vous proche : une "
       "mission de prévention au plus près des patients."],
      ["Maculine equips pharmacies and health centres with a non-mydriatic retinal camera. Images are "
       "analysed by an AI model and then validated remotely by an ophthalmologist, and the patient "
       "receives a result together with, if needed, a referral to a specialist.",
       "The model was developed in an Inria–Inserm team linked to PR[AI]RIE. The start-up aims at people "
       "with diabetes who do not see an ophthalmologist because no appointment is available nearby: "
       "prevention brought close to patients."]),

    S("consentiel", "Consentiel", ["donnees-de-sante", "parcours-patient"],
      ["entrepreneuriat", "patients-societe", "recherche"], "pre-amorcage", 2024, "1-10", "2024-09-02",
      "Équipe Éthique et gouvernance des données (ENS-PSL)", "isns",
      None, True, "contact", ["mastodon"], None,
      ("Consentement dynamique : chaque participant à la recherche choisit et modifie l'usage de ses données.",
       "Dynamic consent: research participants choose, and change at any time, how their data are used."),
      ["Consentiel propose aux cohortes et aux essais cliniques un espace où chaque participant consulte "
       "les études qui utilisent ses données, donne ou retire son accord projet par projet et reçoit des "
       "nouvelles des résultats. Les équipes de recherche disposent d'un registre des consentements à "
       "jour, conforme au RGPD.",
       "La start-up est issue de travaux sur l'éthique et la gouvernance des données menés à l'ENS dans "
       "le cadre de l'ISNS. Son interface a été conçue avec des associations de patients et respecte le "
       "référentiel d'accessibilité des services publics."],
      ["Consentiel gives cohorts and clinical trials a space where each participant sees the studies "
       "using their data, gives or withdraws consent project by project and hears about the results. "
       "Research teams get an up-to-date, GDPR-compliant consent register.",
       "The start-up comes from work on data ethics and governance at ENS within ISNS. Its interface was "
       "designed with patient associations and follows the French public-sector accessibility "
       "standard."]),

    S("hemaflux", "Hémaflux", ["diagnostic-ia"],
      ["entrepreneuriat", "recherche"], "amorcage", 2020, "11-50", "2022-01-24",
      "Laboratoire Biologie quantitative des cellules sanguines (ENS-PSL)", "q-bio",
      "/carrieres", True, "contact", ["linkedin"], None,
      ("Analyse automatisée des frottis sanguins par imagerie et IA pour les laboratoires de biologie médicale.",
       "Automated blood-smear analysis with imaging and AI for medical laboratories."),
      ["Hémaflux numérise les frottis sanguins, puis compte, classe et mesure les cellules grâce à des "
       "modèles issus de la biologie quantitative. Le biologiste reçoit une proposition de formule "
       "sanguine et les images des cellules atypiques, qu'il valide ou corrige.",
       "La start-up vient d'un laboratoire de l'ENS membre de l'institut Q-Bio. Elle travaille avec des "
       "laboratoires hospitaliers pour élargir ses données d'apprentissage aux hémopathies rares, et "
       "chaque correction du biologiste améliore le modèle."],
      ["Hémaflux digitises blood smears, then counts, classifies and measures cells with models drawn "
       "from quantitative biology. The biologist gets a proposed blood count and images of atypical "
       "cells, which they confirm or correct.",
       "The start-up comes from an ENS laboratory that belongs to the Q-Bio institute. It works with "
       "hospital laboratories to extend its training data to rare blood disorders, and every correction "
       "the biologist makes improves the model."]),

    S("fouleo", "Fouléo", ["dispositifs-medicaux", "prevention"],
      ["entrepreneuriat", "patients-societe"], "serie-a", 2018, "11-50", "2022-09-05",
      "Laboratoire Biomécanique du mouvement et vieillissement (Inserm)", None,
      None, True, "contact", ["linkedin"], None,
      ("Des semelles connectées qui mesurent la marche pour prévenir les chutes des personnes âgées.",
       "Connected insoles that measure walking to help prevent falls in older people."),
      ["Fouléo glisse des capteurs de pression et de mouvement dans des semelles ordinaires. La vitesse "
       "de marche, la longueur des pas et l'équilibre sont suivis au quotidien ; quand ils se dégradent, "
       "le kinésithérapeute ou le médecin traitant reçoit une alerte pour adapter la prévention.",
       "Le dispositif est issu d'un laboratoire de biomécanique de l'Inserm. Les données restent sous le "
       "contrôle de la personne, qui choisit avec qui les partager, et l'application a été conçue pour "
       "des utilisateurs peu familiers du numérique."],
      ["Fouléo slips pressure and motion sensors into ordinary insoles. Walking speed, stride length and "
       "balance are tracked day by day; when they decline, the physiotherapist or GP receives an alert "
       "so that prevention can be adjusted.",
       "The device comes from an Inserm biomechanics laboratory. Data stay under the control of the "
       "person, who chooses whom to share them with, and the app was designed for users unfamiliar with "
       "digital tools."]),

    S("blocsim", "Blocsim", ["formation-simulation"],
      ["entrepreneuriat", "formation", "professionnels-sante"], "amorcage", 2021, "11-50", "2022-01-31",
      None, None, "/carrieres", True, "contact", ["linkedin", "youtube"], "cross",
      ("Simulation en réalité virtuelle pour entraîner les équipes du bloc opératoire aux situations de crise.",
       "Virtual-reality simulation that trains operating-theatre teams for crisis situations."),
      ["Blocsim réunit chirurgien, anesthésiste et infirmiers dans une même salle d'opération virtuelle. "
       "Hémorragie, choc anaphylactique, panne de matériel : chacun joue son rôle, et le scénario réagit "
       "aux décisions de l'équipe. L'accent est mis sur la communication et la répartition des tâches.",
       "Les scénarios sont écrits avec des formateurs de centres de simulation hospitaliers. Un "
       "débriefing vidéo permet de revoir les moments clés, et une version sur écran, sans casque, "
       "existe pour les personnes sujettes au mal des transports."],
      ["Blocsim brings surgeon, anaesthetist and nurses together in the same virtual operating theatre. "
       "Haemorrhage, anaphylactic shock, equipment failure: everyone plays their part and the scenario "
       "reacts to the team's decisions. The focus is on communication and sharing out tasks.",
       "Scenarios are written with trainers from hospital simulation centres. A video debriefing lets "
       "teams replay key moments, and a headset-free on-screen version exists for people prone to "
       "motion sickness."]),

    S("regulo", "Régulo", ["telemedecine", "coordination-soins"],
      ["entrepreneuriat", "professionnels-sante"], "croissance", 2015, "51-200", "2022-01-03",
      None, None, None, True, "contact", ["linkedin"], None,
      ("Outils de régulation médicale pour les SAMU et le service d'accès aux soins.",
       "Medical call-handling tools for emergency medical services and the care access service."),
      ["Régulo fournit aux centres de régulation un poste de travail qui regroupe l'appel, la "
       "géolocalisation, les disponibilités des médecins de garde et la possibilité de passer en vidéo "
       "avec l'appelant. Le médecin régulateur choisit plus vite la réponse adaptée : conseil, "
       "consultation ou envoi d'une équipe.",
       "Présente sur le campus depuis son ouverture, l'entreprise travaille avec des chercheurs et des "
       "usagers sur l'accessibilité du service pour les personnes sourdes, malentendantes ou ne parlant "
       "pas français."],
      ["Régulo provides call-handling centres with a workstation that brings together the call, "
       "geolocation, the availability of on-call doctors and a switch to video with the caller. The "
       "regulating doctor decides more quickly on the right answer: advice, a consultation or sending "
       "a team.",
       "On campus since it opened, the company works with researchers and users on making the service "
       "accessible to deaf and hard-of-hearing people and to those who do not speak French."]),

    S("nephrolien", "Néphrolien", ["parcours-patient", "telemedecine"],
      ["entrepreneuriat", "patients-societe"], "amorcage", 2019, "1-10", "2022-01-17",
      "Unité Néphrologie et suivi à domicile (Inserm)", None,
      None, True, "contact", [], None,
      ("Suivi à domicile des patients atteints de maladie rénale chronique, entre néphrologue et infirmier.",
       "Home follow-up for people with chronic kidney disease, between nephrologist and nurse."),
      ["Néphrolien accompagne les patients en dialyse péritonéale ou au stade avancé de la maladie "
       "rénale : saisie du poids, de la tension et des symptômes, rappels de traitement, messagerie avec "
       "l'infirmier de coordination. Les téléconsultations de suivi se planifient dans la même "
       "application.",
       "Le projet a été conçu dans une unité de néphrologie de l'Inserm avec des patients experts, qui "
       "ont choisi les fonctionnalités prioritaires. Un mode aidant permet à un proche de suivre le "
       "traitement avec l'accord du patient."],
      ["Néphrolien supports patients on peritoneal dialysis or at an advanced stage of kidney disease: "
       "entering weight, blood pressure and symptoms, treatment reminders, messaging with the "
       "coordinating nurse. Follow-up teleconsultations are booked in the same app.",
       "The project was designed in an Inserm nephrology unit with expert patients, who chose the "
       "priority features. A carer mode lets a relative follow the treatment with the patient's "
       "agreement."]),

    S("babelsoin", "Babelsoin", ["parcours-patient", "telemedecine"],
      ["entrepreneuriat", "patients-societe"], "pre-amorcage", 2023, "1-10", "2023-09-04",
      "Équipe Inégalités et accès aux soins (Université Paris-Dauphine - PSL)", "isns",
      "email", True, "contact", ["linkedin"], "twocircles",
      ("Interprétariat médical à la demande et documents traduits pour les patients qui ne parlent pas français.",
       "On-demand medical interpreting and translated documents for patients who do not speak French."),
      ["Babelsoin donne aux soignants accès, en quelques minutes, à un interprète professionnel par "
       "téléphone ou en visio. La plateforme propose aussi des consignes de soins traduites et relues "
       "par des médecins, à remettre au patient.",
       "Issue de travaux sur les inégalités d'accès aux soins menés à l'université Paris-Dauphine avec "
       "l'ISNS, la start-up refuse la traduction automatique seule pour les échanges cliniques : "
       "l'interprète humain reste la règle."],
      ["Babelsoin gives health professionals access, within minutes, to a professional interpreter by "
       "phone or video. The platform also offers care instructions translated and checked by doctors, "
       "to hand to the patient.",
       "Born from work on inequalities in access to care at Université Paris-Dauphine with ISNS, the "
       "start-up rejects machine translation alone for clinical conversations: a human interpreter "
       "remains the rule."]),

    S("ordalis", "Ordalis", ["securite-prescription", "coordination-soins"],
      ["entrepreneuriat", "professionnels-sante", "recherche"], "amorcage", 2020, "1-10", "2022-09-05",
      "Laboratoire Pharmaco-épidémiologie du sujet âgé (Inserm)", None,
      None, True, "contact", [], None,
      ("Aide à la révision des ordonnances des personnes âgées polymédiquées, entre médecin et pharmacien.",
       "Help in reviewing prescriptions for older people on many medicines, shared by doctor and pharmacist."),
      ["Ordalis analyse l'ordonnance d'un patient âgé et signale les médicaments potentiellement "
       "inappropriés, les doublons et les interactions. Le pharmacien d'officine et le médecin traitant "
       "partagent la même analyse et notent leurs décisions, ce qui facilite les bilans partagés de "
       "médication.",
       "Les règles reposent sur des listes publiées et sur les travaux d'un laboratoire de "
       "pharmaco-épidémiologie de l'Inserm. La start-up mesure l'effet de l'outil dans une étude menée "
       "avec des officines volontaires."],
      ["Ordalis analyses an older patient's prescription and flags potentially inappropriate medicines, "
       "duplicates and interactions. The community pharmacist and the GP share the same analysis and "
       "record their decisions, which makes shared medication reviews easier.",
       "Its rules rest on published lists and on the work of an Inserm pharmacoepidemiology laboratory. "
       "The start-up is measuring the tool's effect in a study run with volunteer pharmacies."]),

    S("federys", "Fédérys", ["donnees-de-sante", "diagnostic-ia"],
      ["entrepreneuriat", "recherche"], "serie-a", 2019, "11-50", "2022-01-10",
      "Équipe Apprentissage fédéré et santé (Inria)", "prairie",
      "/carrieres", True, "contact", ["linkedin", "github"], "hexagon",
      ("Apprentissage fédéré pour entraîner des modèles sur les données de plusieurs hôpitaux sans les déplacer.",
       "Federated learning to train models on several hospitals' data without moving the data."),
      ["Fédérys installe dans chaque établissement un nœud de calcul qui entraîne localement un modèle "
       "d'IA ; seuls les paramètres du modèle circulent, jamais les données des patients. Les équipes de "
       "recherche peuvent ainsi travailler sur des cohortes multicentriques sans créer d'entrepôt "
       "commun.",
       "La technologie vient d'une équipe Inria associée à PR[AI]RIE. Fédérys documente chaque étude "
       "(finalité, établissements participants, avis éthique) sur une page publique, pour que les "
       "patients sachent à quoi servent leurs données."],
      ["Fédérys installs a compute node in each hospital that trains an AI model locally; only the "
       "model's parameters travel, never patient data. Research teams can thus work on multi-centre "
       "cohorts without building a shared warehouse.",
       "The technology comes from an Inria team linked to PR[AI]RIE. Fédérys documents every study "
       "(purpose, participating hospitals, ethics opinion) on a public page, so that patients know what "
       "their data are used for."]),

    S("monocel", "Monocel", ["diagnostic-ia", "donnees-de-sante"],
      ["entrepreneuriat", "recherche"], "pre-amorcage", 2024, "1-10", "2025-03-03",
      "Laboratoire Génomique unicellulaire (ENS-PSL)", "q-bio",
      None, False, "contact", [], None,
      ("Analyse de données de transcriptomique unicellulaire pour mieux classer les tumeurs rares.",
       "Single-cell transcriptomics analysis to classify rare tumours more accurately."),
      ["Monocel développe des méthodes statistiques pour lire les données de séquençage cellule par "
       "cellule et repérer les populations cellulaires qui distinguent deux formes d'une même tumeur "
       "rare. L'objectif est d'aider pathologistes et oncologues à choisir le bon traitement.",
       "Le projet, issu d'un laboratoire de génomique de l'ENS membre de Q-Bio, en est au stade de la "
       "preuve de concept. Les premiers jeux de données, pseudonymisés, proviennent de biobanques "
       "hospitalières, avec le consentement des patients."],
      ["Monocel develops statistical methods to read cell-by-cell sequencing data and find the cell "
       "populations that set apart two forms of the same rare tumour. The aim is to help pathologists "
       "and oncologists choose the right treatment.",
       "The project, from an ENS genomics laboratory that belongs to Q-Bio, is at proof-of-concept "
       "stage. The first data sets, pseudonymised, come from hospital biobanks, with patients' consent."]),

    S("elastonde", "Élastonde", ["dispositifs-medicaux", "diagnostic-ia"],
      ["entrepreneuriat", "recherche"], "croissance", 2015, "51-200", "2022-01-10",
      "Laboratoire Ondes et élastographie (Inserm / ESPCI-PSL)", "physics-for-medicine",
      "/carrieres", True, "contact", ["linkedin"], "stripes",
      ("Élastographie par ondes de cisaillement sur échographe portable, pour évaluer la fibrose du foie.",
       "Shear-wave elastography on a portable scanner, to assess liver fibrosis."),
      ["Élastonde miniaturise l'élastographie : une sonde reliée à une tablette mesure la rigidité du "
       "foie en quelques minutes, au cabinet du médecin, dans un centre de santé ou lors d'une "
       "consultation mobile. Un logiciel d'aide à l'interprétation accompagne les mesures.",
       "L'entreprise est issue des travaux sur les ondes en médecine de l'institut Physics for Medicine. "
       "Elle cible le dépistage des maladies du foie chez les personnes éloignées des centres "
       "hospitaliers et recrute des ingénieurs en traitement du signal."],
      ["Élastonde miniaturises elastography: a probe linked to a tablet measures liver stiffness within "
       "minutes, in a GP surgery, a health centre or a mobile clinic. Interpretation-support software "
       "comes with the measurements.",
       "The company grew out of the Physics for Medicine institute's work on waves in medicine. It "
       "focuses on screening for liver disease among people far from hospitals and is hiring "
       "signal-processing engineers."]),

    S("lumisonde", "Lumisonde", ["dispositifs-medicaux"],
      ["entrepreneuriat", "recherche"], "idee", 2025, "1-10", "2025-09-08",
      "Équipe Imagerie photoacoustique (ESPCI-PSL / Inserm)", "physics-for-medicine",
      None, False, "contact", [], None,
      ("Imagerie photoacoustique pour visualiser les vaisseaux sous la peau sans injection ni rayonnement.",
       "Photoacoustic imaging to see blood vessels under the skin without injection or radiation."),
      ["Lumisonde explore l'imagerie photoacoustique : une impulsion lumineuse fait vibrer les tissus, "
       "et les ultrasons produits dessinent une carte des vaisseaux sanguins. Le projet vise d'abord le "
       "suivi des plaies chroniques et de l'artériopathie des membres inférieurs.",
       "Le projet est au stade de l'idée, porté par deux chercheurs de l'institut Physics for Medicine "
       "qui préparent une étude de faisabilité. Il cherche des cliniciens et des patients pour préciser "
       "les besoins avant de construire un prototype."],
      ["Lumisonde explores photoacoustic imaging: a light pulse makes tissue vibrate, and the resulting "
       "ultrasound draws a map of blood vessels. The project first targets the follow-up of chronic "
       "wounds and of peripheral arterial disease in the legs.",
       "The project is at the idea stage, led by two researchers from the Physics for Medicine institute "
       "who are preparing a feasibility study. It is looking for clinicians and patients to pin down "
       "needs before building a prototype."]),

    S("cerebroflux", "Cérébroflux", ["dispositifs-medicaux", "diagnostic-ia"],
      ["entrepreneuriat", "recherche"], "serie-a", 2018, "11-50", "2022-01-10",
      "Équipe Neuro-imagerie fonctionnelle par ultrasons (Inserm / ESPCI-PSL)", "physics-for-medicine",
      None, True, "contact", ["linkedin"], None,
      ("Imagerie fonctionnelle du cerveau du nouveau-né par ultrasons, au lit de l'enfant en réanimation.",
       "Functional ultrasound brain imaging for newborns, at the cot-side in intensive care."),
      ["Cérébroflux conçoit un système d'imagerie ultrasonore ultrarapide qui suit le flux sanguin "
       "cérébral des nouveau-nés prématurés, à travers la fontanelle, sans déplacer l'enfant. Les "
       "néonatologistes peuvent surveiller l'apparition de lésions et de troubles de la circulation.",
       "La technologie provient de l'institut Physics for Medicine. La start-up conduit ses études "
       "cliniques avec des services de néonatologie et associe les parents à la conception des "
       "informations qui leur sont remises."],
      ["Cérébroflux designs an ultrafast ultrasound imaging system that follows cerebral blood flow in "
       "premature newborns through the fontanelle, without moving the baby. Neonatologists can watch "
       "for lesions and circulation problems as they appear.",
       "The technology comes from the Physics for Medicine institute. The start-up runs its clinical "
       "studies with neonatal units and involves parents in designing the information they are "
       "given."]),

    S("parcoursmetre", "Parcoursmètre", ["parcours-patient", "donnees-de-sante"],
      ["entrepreneuriat", "patients-societe", "recherche"], "amorcage", 2021, "1-10", "2022-01-24",
      "Équipe Expérience patient et organisations de santé (Université Paris-Dauphine - PSL)", "isns",
      None, True, "contact", ["linkedin", "mastodon"], "chevrons",
      ("Mesurer l'expérience des patients tout au long du parcours de soins, avec des questionnaires courts et accessibles.",
       "Measuring patient experience along the care pathway, with short and accessible questionnaires."),
      ["Parcoursmètre envoie aux patients, aux étapes clés de leur parcours, des questionnaires validés "
       "sur leur expérience (accueil, information, délais, coordination). Les établissements voient où "
       "le parcours se grippe et peuvent comparer leurs résultats dans le temps.",
       "Issue de recherches en sciences de gestion menées à l'université Paris-Dauphine avec l'ISNS, la "
       "start-up propose ses questionnaires en version audio, en FALC et en plusieurs langues. Les "
       "réponses sont anonymisées avant d'être transmises aux équipes."],
      ["Parcoursmètre sends patients validated questionnaires about their experience (welcome, "
       "information, waiting times, coordination) at key points of their pathway. Hospitals see where "
       "the pathway gets stuck and can compare their results over time.",
       "Born from management-science research at Université Paris-Dauphine with ISNS, the start-up "
       "offers its questionnaires in audio, in easy-read format and in several languages. Answers are "
       "anonymised before they reach care teams."]),

    S("equisante", "Équisanté", ["prevention", "donnees-de-sante"],
      ["entrepreneuriat", "recherche"], "pre-amorcage", 2023, "1-10", "2024-02-05",
      "Chaire Économie de la santé et territoires (Université Paris-Dauphine - PSL)", "isns",
      None, True, "contact", ["mastodon", "github"], None,
      ("Cartographier les inégalités d'accès aux soins et à la prévention pour mieux cibler les actions locales.",
       "Mapping inequalities in access to care and prevention to target local action better."),
      ["Équisanté croise des données ouvertes (offre de soins, transports, revenus, taux de dépistage) "
       "pour produire des cartes fines des zones où la prévention atteint mal les habitants. "
       "Collectivités et agences régionales s'en servent pour choisir où envoyer un bus de dépistage ou "
       "ouvrir une permanence.",
       "La start-up est issue d'une chaire d'économie de la santé de l'université Paris-Dauphine "
       "associée à l'ISNS. Elle travaille uniquement sur des données agrégées et publie le code de ses "
       "indicateurs."],
      ["Équisanté combines open data (care provision, transport, income, screening rates) to produce "
       "detailed maps of the areas where prevention reaches residents poorly. Local authorities and "
       "regional agencies use them to decide where to send a screening bus or open a drop-in clinic.",
       "The start-up comes from a health-economics chair at Université Paris-Dauphine associated with "
       "ISNS. It works only on aggregated data and publishes the code of its indicators."]),

    S("thoraxia", "Thoraxia", ["diagnostic-ia"],
      ["entrepreneuriat", "recherche", "professionnels-sante"], "croissance", 2016, "51-200", "2022-01-03",
      "Équipe Vision par ordinateur médicale (Inria / ENS-PSL)", "prairie",
      "/carrieres", True, "contact", ["linkedin"], None,
      ("Tri des radiographies thoraciques par IA pour prioriser les examens urgents dans les services d'imagerie.",
       "AI triage of chest X-rays to prioritise urgent cases in imaging departments."),
      ["Thoraxia analyse chaque radiographie du thorax dès son acquisition et place en tête de liste "
       "celles qui évoquent un pneumothorax, un épanchement ou une pneumopathie. Le radiologue conserve "
       "l'interprétation ; l'outil raccourcit le délai avant la lecture des cas graves.",
       "Fondée par des chercheurs d'une équipe Inria–ENS associée à PR[AI]RIE, l'entreprise publie les "
       "performances de son modèle par sous-groupe de patients et forme manipulateurs et radiologues à "
       "ses limites."],
      ["Thoraxia analyses each chest X-ray as soon as it is taken and moves those suggesting a "
       "pneumothorax, an effusion or pneumonia to the top of the list. The radiologist keeps the "
       "interpretation; the tool shortens the wait before serious cases are read.",
       "Founded by researchers from an Inria–ENS team linked to PR[AI]RIE, the company publishes its "
       "model's performance for each patient subgroup and trains radiographers and radiologists on its "
       "limits."]),

    S("transcrivia", "Transcrivia", ["coordination-soins", "donnees-de-sante"],
      ["entrepreneuriat", "professionnels-sante"], "amorcage", 2022, "1-10", "2023-01-09",
      "Équipe Traitement automatique des langues (Inria)", "prairie",
      "/jobs", True, "contact", ["linkedin", "github"], None,
      ("Reconnaissance vocale médicale et comptes rendus structurés pour alléger la saisie des soignants.",
       "Medical speech recognition and structured reports to lighten clinicians' typing load."),
      ["Transcrivia transforme la dictée du médecin en compte rendu structuré : antécédents, examen, "
       "conclusion, traitements. Le texte est vérifié par le soignant puis envoyé au dossier patient et "
       "aux correspondants, ce qui accélère la transmission d'informations entre l'hôpital et la ville.",
       "Les modèles de langue ont été entraînés par une équipe Inria de traitement automatique des "
       "langues associée à PR[AI]RIE. Ils fonctionnent sur les serveurs de l'établissement : aucun "
       "enregistrement ne sort de l'hôpital."],
      ["Transcrivia turns a doctor's dictation into a structured report: history, examination, "
       "conclusion, treatments. The clinician checks the text, which then goes to the patient record "
       "and to the other professionals involved, speeding up information flow between hospital and "
       "community care.",
       "Its language models were trained by an Inria natural-language-processing team linked to "
       "PR[AI]RIE. They run on the hospital's own servers: no recording ever leaves the hospital."]),

    S("psyrelais", "Psyrelais", ["telemedecine", "parcours-patient"],
      ["entrepreneuriat", "patients-societe", "professionnels-sante"], "serie-a", 2019, "11-50", "2022-05-02",
      "Laboratoire Psychiatrie et santé numérique (Inserm)", None,
      None, True, "contact", ["linkedin"], None,
      ("Suivi en santé mentale entre deux rendez-vous, avec téléconsultation et lien avec l'équipe soignante.",
       "Mental-health follow-up between appointments, with teleconsultation and contact with the care team."),
      ["Psyrelais accompagne les personnes suivies en psychiatrie ambulatoire : journal de l'humeur, "
       "rappels de rendez-vous, téléconsultations avec l'infirmier ou le psychiatre et numéro d'aide "
       "visible en permanence. L'équipe voit les signaux d'alerte que le patient choisit de partager.",
       "Le projet vient d'un laboratoire de psychiatrie de l'Inserm et a été construit avec des pairs "
       "aidants. Les données restent chez un hébergeur certifié pour les données de santé, et le patient "
       "peut tout effacer à tout moment."],
      ["Psyrelais supports people treated in outpatient psychiatry: a mood diary, appointment "
       "reminders, teleconsultations with the nurse or psychiatrist and a help number always on screen. "
       "The team sees the warning signs the patient chooses to share.",
       "The project comes from an Inserm psychiatry laboratory and was built together with peer "
       "supporters. Data stay with a certified health-data host, and patients can erase everything at "
       "any time."]),

    S("noctaline", "Noctaline", ["dispositifs-medicaux", "diagnostic-ia"],
      ["entrepreneuriat", "recherche"], "amorcage", 2021, "1-10", "2022-05-02",
      "Laboratoire Sommeil et signaux physiologiques (Inserm)", "physics-for-medicine",
      None, True, "contact", [], None,
      ("Dépistage de l'apnée du sommeil à domicile avec un capteur léger et une analyse automatique.",
       "Home sleep-apnoea screening with a light sensor and automated analysis."),
      ["Noctaline propose un patch posé sur le thorax pour une nuit, qui enregistre la respiration, "
       "l'oxygénation et la position. Un algorithme estime la sévérité de l'apnée du sommeil et prépare "
       "un rapport que le médecin du sommeil valide, ce qui réduit l'attente pour un examen en "
       "laboratoire.",
       "Le capteur a été conçu avec un laboratoire du sommeil associé à l'institut Physics for Medicine. "
       "La start-up prépare une étude comparant ses résultats à la polysomnographie de référence."],
      ["Noctaline offers a patch worn on the chest for one night that records breathing, oxygen levels "
       "and position. An algorithm estimates how severe the sleep apnoea is and prepares a report for "
       "the sleep doctor to approve, cutting the wait for a laboratory test.",
       "The sensor was designed with a sleep laboratory associated with the Physics for Medicine "
       "institute. The start-up is preparing a study comparing its results with gold-standard "
       "polysomnography."]),

    S("maternelien", "Maternélien", ["parcours-patient", "prevention", "telemedecine"],
      ["entrepreneuriat", "patients-societe"], "serie-a", 2020, "11-50", "2022-01-24",
      None, None, "/carrieres", True, "bonjour", ["linkedin", "mastodon"], "bigsmall",
      ("Accompagnement numérique de la grossesse et du post-partum, en lien avec les sages-femmes.",
       "Digital support through pregnancy and the post-partum period, in touch with midwives."),
      ["Maternélien suit la future mère de la déclaration de grossesse jusqu'aux premiers mois de "
       "l'enfant : informations validées par des sages-femmes, rappels des examens, questionnaires de "
       "repérage de la dépression post-partum et téléconsultation avec la sage-femme de suivi.",
       "Les contenus existent en plusieurs langues et en version audio. La start-up travaille avec des "
       "maternités et des services de protection maternelle et infantile pour atteindre les femmes les "
       "plus éloignées du système de soins."],
      ["Maternélien follows mothers-to-be from the pregnancy declaration to the baby's first months: "
       "information checked by midwives, reminders for check-ups, screening questionnaires for "
       "post-partum depression and teleconsultation with the follow-up midwife.",
       "Content is available in several languages and in audio. The start-up works with maternity units "
       "and mother-and-child protection services to reach the women furthest from the care system."]),

    S("proxiaidant", "Proxiaidant", ["parcours-patient", "coordination-soins"],
      ["entrepreneuriat", "patients-societe"], "idee", 2026, "1-10", "2026-03-02",
      None, None, None, False, "contact", [], None,
      ("Un carnet partagé pour les proches aidants, qui relie la famille, les soignants et les services à domicile.",
       "A shared logbook for family carers, linking relatives, health professionals and home-care services."),
      ["Proxiaidant part d'un constat simple : les proches aidants passent des heures à relayer les "
       "informations entre médecin, infirmier, aide à domicile et famille. Le projet imagine un carnet "
       "partagé, sur téléphone et en version papier, où chacun note ce qu'il a fait et ce qui reste à "
       "faire.",
       "Au stade de l'idée, l'équipe mène des entretiens avec des aidants et des associations et teste "
       "des maquettes sur le campus. La protection des données et le consentement de la personne aidée "
       "sont au cœur du cahier des charges."],
      ["Proxiaidant starts from a simple observation: family carers spend hours passing information "
       "between doctor, nurse, home help and relatives. The project imagines a shared logbook, on phone "
       "and on paper, where everyone notes what they have done and what is left to do.",
       "At the idea stage, the team is interviewing carers and associations and testing mock-ups on "
       "campus. Data protection and the consent of the person being cared for are at the heart of the "
       "specification."]),

    S("urgensim", "Urgensim", ["formation-simulation"],
      ["entrepreneuriat", "formation"], "amorcage", 2022, "1-10", "2022-09-05",
      None, None, "/carrieres", True, "contact", ["youtube", "linkedin"], "triangle",
      ("Jeux sérieux de simulation d'urgence pour les étudiants en soins infirmiers.",
       "Emergency simulation serious games for nursing students."),
      ["Urgensim met l'étudiant infirmier face à des patients virtuels dont l'état se dégrade : détresse "
       "respiratoire, hypoglycémie, réaction allergique. Il faut surveiller, prioriser, appeler le "
       "médecin au bon moment et transmettre les informations de façon structurée.",
       "Les cas sont conçus avec des instituts de formation en soins infirmiers et complètent les "
       "séances sur mannequin. Les enseignants suivent les progrès de chaque promotion dans un tableau "
       "de bord, et le jeu se joue au clavier comme avec un lecteur d'écran."],
      ["Urgensim puts nursing students in front of virtual patients whose condition deteriorates: "
       "respiratory distress, hypoglycaemia, an allergic reaction. They have to monitor, prioritise, "
       "call the doctor at the right time and hand over information in a structured way.",
       "Cases are designed with nursing schools and complement manikin sessions. Teachers follow each "
       "cohort's progress on a dashboard, and the game can be played with a keyboard alone or with a "
       "screen reader."]),

    S("anatovive", "Anatovive", ["formation-simulation"],
      ["entrepreneuriat", "formation"], "idee", 2025, "1-10", "2026-03-02",
      "Équipe Modélisation anatomique et imagerie (Inria)", None,
      None, False, None, [], None,
      ("Un atlas d'anatomie en 3D construit à partir d'imagerie réelle, pour apprendre l'anatomie par la simulation.",
       "A 3D anatomy atlas built from real imaging, to learn anatomy through simulation."),
      ["Anatovive veut transformer des scanners et des IRM anonymisés en modèles anatomiques 3D que les "
       "étudiants manipulent sur ordinateur ou en réalité virtuelle. L'idée : montrer la diversité des "
       "corps réels plutôt qu'un modèle unique, et relier l'anatomie aux images qu'ils liront plus "
       "tard.",
       "Le projet naît dans une équipe Inria de modélisation anatomique. Il en est au stade de l'idée : "
       "l'équipe consulte des enseignants d'anatomie et vérifie avec les établissements les conditions "
       "d'usage des images anonymisées."],
      ["Anatovive wants to turn anonymised CT and MRI scans into 3D anatomical models that students "
       "handle on a computer or in virtual reality. The idea: show the variety of real bodies rather "
       "than a single model, and link anatomy to the images they will read later.",
       "The project started in an Inria anatomical-modelling team. It is at the idea stage: the team is "
       "consulting anatomy teachers and checking with hospitals the terms of use for anonymised "
       "images."]),

    S("annoncia-sim", "Annoncia Sim", ["formation-simulation", "parcours-patient"],
      ["entrepreneuriat", "formation", "patients-societe"], "pre-amorcage", 2024, "1-10", "2024-09-02",
      "Équipe Communication soignant-patient (Université Paris-Dauphine - PSL)", "isns",
      "/rejoindre", True, "contact", ["linkedin"], "bubble",
      ("Simulation avec des patients virtuels pour s'entraîner à annoncer une mauvaise nouvelle.",
       "Simulation with virtual patients to practise breaking bad news."),
      ["Annoncia Sim propose aux internes et aux soignants des conversations simulées avec des patients "
       "virtuels : annonce d'un diagnostic grave, d'une complication, d'une erreur. Le patient réagit au "
       "ton et aux mots choisis, et un débriefing reprend l'écoute, la clarté et l'empathie.",
       "Les scénarios sont écrits avec des patients partenaires et des chercheurs en communication en "
       "santé de l'université Paris-Dauphine, dans le cadre de l'ISNS. Des séances avec des comédiens "
       "complètent l'entraînement numérique."],
      ["Annoncia Sim offers junior doctors and other health professionals simulated conversations with "
       "virtual patients: announcing a serious diagnosis, a complication, an error. The patient reacts "
       "to the tone and words chosen, and a debriefing covers listening, clarity and empathy.",
       "Scenarios are written with patient partners and health-communication researchers at Université "
       "Paris-Dauphine, within ISNS. Sessions with actors complement the digital practice."]),

    S("pollenvie", "Pollenvie", ["prevention"],
      ["entrepreneuriat", "patients-societe"], "idee", 2025, "1-10", "2025-09-08",
      None, None, None, False, "contact", [], None,
      ("Alertes personnalisées sur les pollens et la qualité de l'air pour les personnes allergiques ou asthmatiques.",
       "Personalised pollen and air-quality alerts for people with allergies or asthma."),
      ["Pollenvie souhaite croiser les relevés de pollens, la pollution de l'air et les symptômes "
       "déclarés par les utilisateurs pour prévenir la veille des journées à risque. L'application "
       "suggérerait des gestes simples et rappellerait de prendre le traitement de fond.",
       "Au stade de l'idée, le projet recherche des partenaires parmi les réseaux de surveillance et les "
       "associations de patients asthmatiques. Ses porteurs veulent une application sans publicité ni "
       "revente de données."],
      ["Pollenvie wants to combine pollen counts, air pollution and symptoms reported by users to warn "
       "them the day before high-risk days. The app would suggest simple steps and remind people to "
       "take their maintenance treatment.",
       "At the idea stage, the project is looking for partners among monitoring networks and asthma "
       "patient associations. Its founders want an app without advertising or resale of data."]),

    S("rempart-sante", "Rempart Santé", ["donnees-de-sante"],
      ["entrepreneuriat", "professionnels-sante"], "croissance", 2012, "200+", "2022-01-03",
      None, None, None, True, "contact", ["linkedin"], "frame",
      ("Cybersécurité des établissements de santé : supervision, exercices de crise et protection des données.",
       "Cybersecurity for health facilities: monitoring, crisis drills and data protection."),
      ["Rempart Santé supervise les systèmes d'information des hôpitaux, des cliniques et des "
       "groupements hospitaliers, détecte les intrusions et aide les équipes à réagir. Elle organise "
       "aussi des exercices de crise où directions, soignants et informaticiens simulent une attaque par "
       "rançongiciel.",
       "Présente sur le campus depuis son ouverture, l'entreprise forme étudiants et professionnels aux "
       "bons réflexes de sécurité. Elle considère la protection des données de santé comme une condition "
       "de la confiance des patients."],
      ["Rempart Santé monitors the information systems of hospitals, clinics and hospital groups, "
       "detects intrusions and helps teams respond. It also runs crisis drills in which managers, "
       "clinical staff and IT staff simulate a ransomware attack.",
       "On campus since it opened, the company trains students and professionals in good security "
       "habits. It sees health-data protection as a condition for patients' trust."]),

    S("accessante", "Accessanté", ["parcours-patient", "prevention"],
      ["entrepreneuriat", "patients-societe"], "idee", 2026, "1-10", "2026-09-07",
      None, None, None, False, "contact", ["mastodon"], None,
      ("Audits d'accessibilité des applications et des sites de santé, avec des testeurs en situation de handicap.",
       "Accessibility audits of health apps and websites, with testers who have disabilities."),
      ["Accessanté veut vérifier que les outils numériques de santé (prise de rendez-vous, "
       "téléconsultation, résultats d'analyses) sont utilisables par tous : personnes aveugles ou "
       "malvoyantes, sourdes, âgées ou peu à l'aise avec le numérique. Les audits combineraient le "
       "référentiel officiel et des tests en situation réelle.",
       "Le projet vient d'arriver sur le campus et en est au stade de l'idée. Ses fondateurs, dont une "
       "développeuse malvoyante, constituent un réseau de testeurs rémunérés et cherchent des start-ups "
       "voisines pour des audits pilotes."],
      ["Accessanté wants to check that digital health tools (appointment booking, teleconsultation, "
       "test results) can be used by everyone: blind or partially sighted people, deaf people, older "
       "people or those less at ease with digital tools. Audits would combine the official standard "
       "with real-world tests.",
       "The project has just arrived on campus and is at the idea stage. Its founders, including a "
       "partially sighted developer, are building a network of paid testers and looking for "
       "neighbouring start-ups for pilot audits."]),

    S("oncomouv", "Oncomouv", ["parcours-patient", "prevention"],
      ["entrepreneuriat", "patients-societe"], "pre-amorcage", 2023, "1-10", "2023-09-04",
      "Laboratoire Activité physique, nutrition et cancer (Inserm)", None,
      "email", True, "contact", ["linkedin"], None,
      ("Activité physique adaptée pendant et après un cancer, avec des programmes guidés à domicile.",
       "Adapted physical activity during and after cancer, with guided programmes at home."),
      ["Oncomouv propose des séances d'activité physique adaptée, en vidéo et en direct avec un "
       "enseignant diplômé, pour les personnes en traitement ou en rémission d'un cancer. Les programmes "
       "tiennent compte de la fatigue et des effets secondaires signalés chaque semaine.",
       "Le projet s'appuie sur les travaux d'un laboratoire de l'Inserm sur l'activité physique et le "
       "cancer. Des patients partenaires ont participé à la conception des séances, y compris des "
       "versions sur chaise pour les personnes à mobilité réduite."],
      ["Oncomouv offers adapted physical activity sessions, on video and live with a qualified "
       "instructor, for people being treated for cancer or in remission. Programmes take into account "
       "the fatigue and side effects reported each week.",
       "The project builds on an Inserm laboratory's work on physical activity and cancer. Patient "
       "partners helped design the sessions, including seated versions for people with reduced "
       "mobility."]),

    S("infirmedic", "Infirmédic", ["securite-prescription", "coordination-soins"],
      ["entrepreneuriat", "professionnels-sante"], "pre-amorcage", 2023, "1-10", "2024-02-05",
      None, None, None, True, "contact", [], None,
      ("Vérification des traitements au domicile par les infirmiers libéraux, pour éviter les erreurs médicamenteuses.",
       "Medication checks by community nurses at home, to avoid medication errors."),
      ["Infirmédic aide l'infirmier libéral à comparer, au domicile du patient, l'ordonnance en cours, "
       "les boîtes présentes et le pilulier préparé. Les écarts, doublons et médicaments arrêtés sont "
       "signalés, et l'infirmier peut prévenir le médecin ou le pharmacien par une messagerie sécurisée.",
       "La start-up a été créée par une infirmière et un pharmacien. Elle teste son application avec des "
       "cabinets infirmiers en zone rurale et privilégie un fonctionnement hors connexion, car le réseau "
       "manque souvent chez les patients."],
      ["Infirmédic helps community nurses compare, in the patient's home, the current prescription, the "
       "boxes on hand and the pill organiser. Discrepancies, duplicates and discontinued medicines are "
       "flagged, and the nurse can alert the doctor or pharmacist through secure messaging.",
       "The start-up was founded by a nurse and a pharmacist. It is testing its app with nursing "
       "practices in rural areas and favours offline use, because patients' homes often lack a network "
       "signal."]),

    S("antibiovigie", "Antibiovigie", ["securite-prescription", "prevention"],
      ["entrepreneuriat", "recherche", "professionnels-sante"], "amorcage", 2021, "1-10", "2022-05-02",
      "Laboratoire Évolution et résistance bactérienne (ENS-PSL)", "q-bio",
      None, True, "contact", ["linkedin"], None,
      ("Aide au bon usage des antibiotiques, fondée sur les données locales de résistance bactérienne.",
       "Support for appropriate antibiotic use, based on local bacterial resistance data."),
      ["Antibiovigie propose aux prescripteurs un choix d'antibiotique adapté à l'infection, au patient "
       "et aux résistances observées sur leur territoire. Les équipes d'infectiologie suivent la "
       "consommation d'antibiotiques et l'évolution des résistances dans un tableau de bord commun.",
       "Les modèles d'évolution des résistances viennent d'un laboratoire de l'institut Q-Bio. La "
       "start-up s'inscrit dans la prévention de l'antibiorésistance, un enjeu de santé publique, et "
       "travaille avec des réseaux de médecins généralistes."],
      ["Antibiovigie offers prescribers an antibiotic choice suited to the infection, the patient and "
       "the resistance seen in their area. Infectious-disease teams follow antibiotic use and resistance "
       "trends on a shared dashboard.",
       "Its models of how resistance evolves come from a laboratory of the Q-Bio institute. The start-up "
       "works on preventing antimicrobial resistance, a public-health issue, together with GP "
       "networks."]),

    S("vigisepsis", "Vigisepsis", ["diagnostic-ia", "coordination-soins"],
      ["entrepreneuriat", "recherche", "professionnels-sante"], "serie-a", 2019, "11-50", "2022-01-17",
      "Équipe Apprentissage statistique et réanimation (Inria / Inserm)", "prairie",
      "/carrieres", True, "contact", ["linkedin"], None,
      ("Détection précoce du sepsis à l'hôpital par IA, à partir des constantes et des résultats biologiques.",
       "Early AI detection of sepsis in hospital from vital signs and lab results."),
      ["Vigisepsis surveille en continu les constantes, les résultats biologiques et les transmissions "
       "infirmières des patients hospitalisés. Quand le risque de sepsis augmente, l'équipe reçoit une "
       "alerte expliquée et un rappel des premières mesures à prendre, pour coordonner la prise en "
       "charge.",
       "Le modèle a été développé par une équipe Inria–Inserm associée à PR[AI]RIE, avec des "
       "réanimateurs. La start-up suit le nombre d'alertes inutiles et ajuste ses seuils avec chaque "
       "service pour éviter la lassitude des soignants."],
      ["Vigisepsis continuously monitors hospital patients' vital signs, lab results and nursing notes. "
       "When the risk of sepsis rises, the team receives an explained alert and a reminder of the first "
       "steps to take, so that care is coordinated.",
       "The model was developed by an Inria–Inserm team linked to PR[AI]RIE, together with "
       "intensive-care doctors. The start-up tracks the number of unnecessary alerts and tunes its "
       "thresholds with each department to avoid alarm fatigue among staff."]),
]


# ---------------------------------------------------------------------------------------------
# Links and dates
# ---------------------------------------------------------------------------------------------

def social_url(network, slug):
    if network == "linkedin":
        return f"https://www.linkedin.com/company/{slug}-example"
    if network == "mastodon":
        return f"https://mastodon.example/@{slug.replace('-', '')}"
    if network == "github":
        return f"https://github.com/{slug}-example"
    if network == "youtube":
        return f"https://video.example/@{slug}"
    if network == "bluesky":
        return f"https://bsky.example/profile/{slug}.example"
    raise ValueError(network)


def stable_int(text):
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def updated_date(slug, member_since):
    """A deterministic last-edit date: at least two weeks after arrival, most in 2025-2026."""
    since = datetime.date.fromisoformat(member_since)
    start = max(since + datetime.timedelta(days=14), datetime.date(2025, 3, 1))
    if start > LAST_UPDATE:
        start = since
    span = (LAST_UPDATE - start).days
    return (start + datetime.timedelta(days=stable_int("updated:" + slug) % (span + 1))).isoformat()


def sample_record(s):
    slug = s["slug"]
    domain = f"{slug}.example"
    website = f"https://{domain}" if s["web"] else None
    email = f"{s['mail']}@{domain}" if s["mail"] else None
    hiring = s["hire"] is not None
    careers = f"https://{domain}{s['hire']}" if hiring and s["hire"] != "email" else None
    spin_off = {"lab": s["lab"], "institute": s["inst"]} if s["lab"] else None
    return {
        "slug": slug,
        "name": s["name"],
        "pitch": {"fr": s["pitch"][0], "en": s["pitch"][1]},
        "description": {"fr": "\n\n".join(s["fr"]), "en": "\n\n".join(s["en"])},
        "sectors": s["sectors"],
        "poles": s["poles"],
        "stage": s["stage"],
        "founded": s["founded"],
        "team_size": s["team"],
        "spin_off": spin_off,
        "hiring": hiring,
        "careers_url": careers,
        "website": website,
        "email": email,
        "social": [{"network": n, "url": social_url(n, slug)} for n in s["social"]],
        "member_since": s["since"],
        "updated": updated_date(slug, s["since"]),
        "logo": f"{slug}.png" if s["logo"] else None,
        "sample": True,
    }


def real_record(r):
    return {
        "slug": r["slug"],
        "name": r["name"],
        "pitch": {"fr": r["pitch"][0], "en": r["pitch"][1]},
        "description": {"fr": "\n\n".join(r["fr"] + [PORTAL_NOTE_FR]),
                        "en": "\n\n".join(r["en"] + [PORTAL_NOTE_EN])},
        "sectors": r["sectors"],
        "poles": r["poles"],
        # The article gives no stage, founding year, team size or dates for the real
        # start-ups: null, shown as "to be completed by the start-up", never made up.
        "stage": None,
        "founded": None,
        "team_size": None,
        "spin_off": None,
        "hiring": False,
        "careers_url": None,
        "website": None,
        "email": None,
        "social": [],
        "member_since": None,
        "updated": None,
        "logo": None,
        "sample": False,
    }


def build():
    samples = sorted(SAMPLES, key=lambda s: (s["since"], s["slug"]))
    return {
        "_note": NOTE,
        "startups": [real_record(r) for r in REAL] + [sample_record(s) for s in samples],
    }


# ---------------------------------------------------------------------------------------------
# Logos: 96x96 RGB PNG, a geometric mark drawn with 4x4 supersampling.
# A shape function maps a point (u, v) of the unit square to 0 (background), 1 or 2 (colours).
# ---------------------------------------------------------------------------------------------

SIZE = 96
SUPER = 4


def _disc(u, v, cx, cy, r):
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r


def _rbox(u, v, cx, cy, hw, hh, r):
    qx = abs(u - cx) - (hw - r)
    qy = abs(v - cy) - (hh - r)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - r <= 0.0


def _seg(u, v, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(u - ax - t * dx, v - ay - t * dy)


def _polyline(u, v, pts):
    return min(_seg(u, v, *pts[i], *pts[i + 1]) for i in range(len(pts) - 1))


def _inside(u, v, pts):
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        xi, yi = pts[i]
        xj, yj = pts[j]
        if (yi > v) != (yj > v) and u < (xj - xi) * (v - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def shape_pulse(u, v):
    if not _disc(u, v, 0.5, 0.5, 0.42):
        return 0
    line = [(0.14, 0.53), (0.34, 0.53), (0.41, 0.36), (0.49, 0.72), (0.57, 0.24), (0.64, 0.53), (0.86, 0.53)]
    return 2 if _polyline(u, v, line) <= 0.035 else 1


def shape_target(u, v):
    d = math.hypot(u - 0.5, v - 0.5)
    if d <= 0.11:
        return 2
    if 0.19 <= d <= 0.27 or 0.35 <= d <= 0.43:
        return 1
    return 0


def shape_capsule(u, v):
    c = math.sqrt(0.5)
    s = ((u - 0.5) + (v - 0.5)) * c   # along the axis (down-right)
    t = ((u - 0.5) - (v - 0.5)) * c   # across
    if _seg(s, t, -0.22, 0.0, 0.22, 0.0) > 0.17:
        return 0
    if abs(s) < 0.012:
        return 0
    return 1 if s < 0 else 2


def shape_halfdisc(u, v):
    if not _disc(u, v, 0.5, 0.5, 0.38):
        return 0
    if abs(u - 0.5) < 0.02:
        return 0
    return 1 if u < 0.5 else 2


def shape_waves(u, v):
    if not _disc(u, v, 0.5, 0.5, 0.40):
        return 0
    k = math.floor((v + 0.045 * math.sin(2 * math.pi * 2 * u)) / 0.1)
    return 1 if k % 2 == 0 else 2


def shape_dots(u, v):
    for i, cx in enumerate((0.24, 0.5, 0.76)):
        for j, cy in enumerate((0.24, 0.5, 0.76)):
            if _disc(u, v, cx, cy, 0.095):
                return 2 if (i, j) == (1, 1) else 1
    return 0


def shape_arcs(u, v):
    """An ultrasound fan: a probe at the top and echo arcs inside a 70-degree cone."""
    ox, oy = 0.5, 0.14
    if _rbox(u, v, ox, oy, 0.13, 0.05, 0.03):
        return 2
    d = math.hypot(u - ox, v - oy)
    if v <= oy or abs(math.degrees(math.atan2(u - ox, v - oy))) > 35:
        return 0
    if 0.20 <= d <= 0.28 or 0.38 <= d <= 0.46:
        return 1
    if 0.56 <= d <= 0.64:
        return 2
    return 0


def shape_diamond(u, v):
    d = abs(u - 0.5) + abs(v - 0.5)
    if d <= 0.14:
        return 2
    if d <= 0.26:
        return 0
    return 1 if d <= 0.42 else 0


def shape_lines(u, v):
    bars = [(0.30, 0.78, 2), (0.50, 0.70, 1), (0.70, 0.56, 1)]
    for cy, x_end, colour in bars:
        if _seg(u, v, 0.22, cy, x_end, cy) <= 0.06:
            return colour
    return 0


def shape_cross(u, v):
    if not _rbox(u, v, 0.5, 0.5, 0.40, 0.40, 0.10):
        return 0
    arm = (abs(u - 0.5) <= 0.09 and abs(v - 0.5) <= 0.27) or (abs(v - 0.5) <= 0.09 and abs(u - 0.5) <= 0.27)
    return 2 if arm else 1


def shape_twocircles(u, v):
    a = _disc(u, v, 0.37, 0.5, 0.27)
    b = _disc(u, v, 0.63, 0.5, 0.27)
    if a and b:
        return 0
    return 1 if a else (2 if b else 0)


def shape_hexagon(u, v):
    if _disc(u, v, 0.5, 0.5, 0.13):
        return 2
    pts = [(0.5 + 0.42 * math.cos(math.pi / 3 * k + math.pi / 6),
            0.5 + 0.42 * math.sin(math.pi / 3 * k + math.pi / 6)) for k in range(6)]
    return 1 if _inside(u, v, pts) else 0


def shape_stripes(u, v):
    if not _disc(u, v, 0.5, 0.5, 0.40):
        return 0
    return 1 if math.floor((u + v) / 0.13) % 2 == 0 else 2


def shape_chevrons(u, v):
    if _polyline(u, v, [(0.22, 0.24), (0.44, 0.5), (0.22, 0.76)]) <= 0.075:
        return 1
    if _polyline(u, v, [(0.50, 0.24), (0.72, 0.5), (0.50, 0.76)]) <= 0.075:
        return 2
    return 0


def shape_bigsmall(u, v):
    if _disc(u, v, 0.72, 0.28, 0.14):
        return 2
    if _disc(u, v, 0.42, 0.57, 0.31):
        return 1
    return 0


def shape_triangle(u, v):
    if _disc(u, v, 0.5, 0.6, 0.09):
        return 2
    return 1 if _inside(u, v, [(0.5, 0.13), (0.89, 0.81), (0.11, 0.81)]) else 0


def shape_bubble(u, v):
    body = _rbox(u, v, 0.5, 0.43, 0.38, 0.28, 0.10)
    tail = _inside(u, v, [(0.28, 0.68), (0.46, 0.68), (0.26, 0.88)])
    if not (body or tail):
        return 0
    for cx in (0.34, 0.5, 0.66):
        if _disc(u, v, cx, 0.43, 0.055):
            return 2
    return 1


def shape_frame(u, v):
    if _rbox(u, v, 0.5, 0.5, 0.14, 0.14, 0.03):
        return 2
    if _rbox(u, v, 0.5, 0.5, 0.27, 0.27, 0.06):
        return 0
    return 1 if _rbox(u, v, 0.5, 0.5, 0.41, 0.41, 0.12) else 0


SHAPES = {name[6:]: fn for name, fn in globals().items() if name.startswith("shape_")}

WHITE = (255, 255, 255)
# slug -> (background, colour 1, colour 2); the shape comes from SAMPLES.
PALETTES = {
    "cardiolume": (WHITE, (214, 69, 80), WHITE),
    "oncotrace": ((243, 238, 250), (110, 72, 170), (226, 110, 156)),
    "pharmalink-sim": (WHITE, (22, 128, 110), (240, 170, 50)),
    "dermavista": ((252, 244, 236), (201, 120, 70), (96, 62, 50)),
    "neurosillage": (WHITE, (40, 90, 180), (120, 190, 230)),
    "veillemed": ((236, 246, 240), (46, 140, 90), (226, 92, 60)),
    "sonoprisme": (WHITE, (30, 60, 110), (0, 164, 196)),
    "datavoile": (WHITE, (60, 70, 90), (0, 150, 136)),
    "lisible-sante": ((255, 246, 220), (70, 70, 80), (225, 110, 30)),
    "blocsim": (WHITE, (0, 122, 94), WHITE),
    "babelsoin": (WHITE, (226, 86, 70), (50, 110, 200)),
    "federys": ((235, 242, 252), (52, 92, 160), (245, 196, 60)),
    "elastonde": (WHITE, (150, 40, 90), (240, 170, 190)),
    "parcoursmetre": ((238, 248, 250), (0, 110, 140), (110, 190, 110)),
    "maternelien": ((253, 240, 240), (220, 110, 120), (120, 160, 220)),
    "urgensim": (WHITE, (214, 60, 40), WHITE),
    "annoncia-sim": ((244, 240, 252), (100, 80, 190), WHITE),
    "rempart-sante": (WHITE, (30, 50, 80), (200, 160, 60)),
}


def render(shape, palette):
    rows = []
    n = SUPER * SUPER
    for y in range(SIZE):
        row = bytearray()
        for x in range(SIZE):
            acc = [0, 0, 0]
            for sy in range(SUPER):
                v = (y + (sy + 0.5) / SUPER) / SIZE
                for sx in range(SUPER):
                    u = (x + (sx + 0.5) / SUPER) / SIZE
                    c = palette[shape(u, v)]
                    acc[0] += c[0]
                    acc[1] += c[1]
                    acc[2] += c[2]
            row.extend((a + n // 2) // n for a in acc)
        rows.append(bytes(row))
    return rows


def _chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def _filtered(rows, method):
    out = bytearray()
    prev = bytes(len(rows[0]))
    for row in rows:
        if method == 0:
            out.append(0)
            out.extend(row)
        elif method == 1:  # Sub
            out.append(1)
            out.extend((row[i] - (row[i - 3] if i >= 3 else 0)) & 0xFF for i in range(len(row)))
        else:  # Up
            out.append(2)
            out.extend((row[i] - prev[i]) & 0xFF for i in range(len(row)))
        prev = row
    return bytes(out)


def encode_png(rows):
    """RGB 8-bit, no interlace; the filter (None, Sub or Up) that compresses best."""
    ihdr = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)
    data = min((zlib.compress(_filtered(rows, m), 9) for m in (0, 1, 2)), key=lambda d: (len(d), d))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def write_logos(out_dir):
    logos = os.path.join(out_dir, "logos")
    os.makedirs(logos, exist_ok=True)
    written = []
    for s in SAMPLES:
        if not s["logo"]:
            continue
        png = encode_png(render(SHAPES[s["logo"]], PALETTES[s["slug"]]))
        path = os.path.join(logos, f"{s['slug']}.png")
        with open(path, "wb") as f:
            f.write(png)
        written.append((path, len(png)))
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=SEED_DIR, help="directory for startups.json and logos/")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    doc = build()
    with open(os.path.join(args.out, "startups.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    logos = write_logos(args.out)
    print(f"{len(doc['startups'])} start-ups, {len(logos)} logos "
          f"(largest {max(n for _, n in logos)} bytes) written to {args.out}")


if __name__ == "__main__":
    main()
