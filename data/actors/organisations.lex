# organisations.lex: international organisations, missions and blocs.
#
# Written by the georisk team. kind=bloc marks political-military groupings
# that act as a foreign power (they need tier=, 1 global to 4 small);
# kind=organisation covers everything else: the UN system and its missions,
# regional bodies, international courts, financial institutions, humanitarian
# and rights NGOs, and minerals-governance bodies (EITI, ICMM, RMI, ITSCI,
# Kimberley Process, LME, LBMA ...), which matter for resource-conflict news.
#
# Sources of facts (names, acronyms, French forms, mandates; no text copied):
#   * PETRARCH2 / Phoenix international actor dictionary (Open Event Data
#     Alliance, MIT), IGO/NGO names and synonyms
#   * re3d (Syria/Iraq entity annotations), organisation names seen in text
#   * public knowledge: the bodies' own names and acronyms in English and French
#
# Conventions:
#   * acronyms are exact (=); when they are also common words or other bodies
#     (WHO, ICC, AU, CPI, AES ...) they are weak (=?) with support= the
#     countries whose mention confirms them, or left out ("WHO")
#   * predecessors are folded into their successor: European Community into
#     the EU, OAU into the AU, CSCE into the OSCE, AMISOM/ATMIS into AUSSOM,
#     MONUC into MONUSCO, Organisation of the Islamic Conference into the OIC
#   * acts=ID: an organisation that acts as a state in relations, as itself
#     (AU, ECOWAS, SADC, EAC) or for its parent body (the Security Council and
#     UN missions act as UN, EU missions as EU, KFOR as NATO): it can be the
#     source of a relation ("ECOWAS imposed sanctions on Guinea")
#   * city names on their own (Brussels, Geneva ...) are never aliases
#   * the PLO is listed here, not as an armed group: since the 1990s it is the
#     recognised political representative (UN observer, party to the Oslo
#     accords); armed factions are in armed_groups.lex

@signal actor

# ---------------------------------------------------------------------------
# Blocs (political-military groupings that act as foreign powers)
# ---------------------------------------------------------------------------

# includes the European Community / EEC of 1987-era news, and Euratom (the
# European Atomic Energy Community, run by the EU's institutions)
EU    kind=bloc name="European Union" tier=2
      : European Union | =EU | Union européenne | =UE | European Commission | Commission européenne
      | European Council | Conseil européen | European Parliament | Parlement européen
      | European Community | European Economic Community | Communauté européenne | =EEC
      | =EURATOM | =Euratom | European Atomic Energy Community

NATO  kind=bloc name="NATO" tier=1
      : NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | =OTAN
      | Atlantic Alliance | Alliance atlantique | Organisation du traité de l'Atlantique nord

# Soviet-led military alliance, dissolved 1991 (historic)
WARSAW_PACT kind=bloc name="Warsaw Pact" tier=1 : Warsaw Pact | Pacte de Varsovie | Warsaw Treaty Organization

# Russian-led military alliance
CSTO  kind=bloc name="Collective Security Treaty Organization" tier=2
      : Collective Security Treaty Organization | Collective Security Treaty Organisation | =CSTO | =OTSC
      | Organisation du traité de sécurité collective

# Australia-UK-US security pact (2021)
AUKUS kind=bloc name="AUKUS" tier=1 : AUKUS

# Gulf monarchies
GCC   kind=bloc name="Gulf Cooperation Council" tier=3
      : Gulf Cooperation Council | Cooperation Council for the Arab States of the Gulf | =GCC
      | Conseil de coopération du Golfe

# Mali, Burkina Faso and Niger after leaving ECOWAS (2023-2025), with a joint force
AES   kind=bloc name="Alliance of Sahel States" tier=4 support=MLI,BFA,NER
      : Alliance of Sahel States | Alliance des États du Sahel | Confederation of Sahel States
      | Confédération des États du Sahel | =?AES

# Sahel joint counter-terrorism force, 2014-2023
G5_SAHEL kind=organisation name="G5 Sahel"
      : G5 Sahel | G5 Sahel Joint Force | Force conjointe du G5 Sahel | =FC-G5S

# ---------------------------------------------------------------------------
# United Nations system
# ---------------------------------------------------------------------------

UN    kind=organisation name="United Nations" acts=UN
      : United Nations | =UN | =U.N. | =ONU | Nations unies | Organisation des Nations unies
      | Organization of the United Nations | UN Secretary-General | Secrétaire général de l'ONU

# "Security Council" alone is weak: national security councils (US NSC ...)
UNSC  kind=organisation name="UN Security Council" acts=UN
      : ?Security Council | ?Conseil de sécurité | UN Security Council | United Nations Security Council | =U.N. Security Council
      | =UNSC | Conseil de sécurité de l'ONU | Conseil de sécurité des Nations unies

UNGA  kind=organisation name="UN General Assembly" acts=UN
      : UN General Assembly | United Nations General Assembly | =U.N. General Assembly | =UNGA
      | Assemblée générale des Nations unies | Assemblée générale de l'ONU

# panels that monitor sanctions (DR Congo, Sudan, CAR, Libya, ...)
UN_EXPERTS kind=organisation name="UN Group / Panel of Experts"
      : UN Group of Experts | United Nations Group of Experts | UN panel of experts
      | United Nations panel of experts | Groupe d'experts de l'ONU | Groupe d'experts des Nations unies

UNHRC kind=organisation name="UN Human Rights Council"
      : UN Human Rights Council | United Nations Human Rights Council | Human Rights Council | =UNHRC
      | Conseil des droits de l'homme

OHCHR kind=organisation name="UN Human Rights Office (OHCHR)"
      : Office of the High Commissioner for Human Rights | =OHCHR | UN human rights office
      | UN High Commissioner for Human Rights | Haut-Commissariat aux droits de l'homme

UNHCR kind=organisation name="UNHCR" support=COD,SDN,SSD,CAF,MLI,BFA,NER,TCD,CMR,BDI
      : =UNHCR | UN refugee agency | United Nations High Commissioner for Refugees
      | UN High Commissioner for Refugees | Haut Commissariat des Nations unies pour les réfugiés | =?HCR

OCHA  kind=organisation name="OCHA"
      : =OCHA | Office for the Coordination of Humanitarian Affairs | UN humanitarian office
      | Bureau de la coordination des affaires humanitaires

WFP   kind=organisation name="World Food Programme"
      : World Food Programme | World Food Program | =WFP | Programme alimentaire mondial

UNICEF kind=organisation name="UNICEF"
      : UNICEF | United Nations Children's Fund | UN Children's Fund | Fonds des Nations unies pour l'enfance

# "WHO" is left out on purpose: it is an ordinary word in capitalised headlines
WHO_ORG kind=organisation name="World Health Organization"
      : World Health Organization | World Health Organisation | Organisation mondiale de la santé | =OMS

IAEA  kind=organisation name="International Atomic Energy Agency"
      : International Atomic Energy Agency | =IAEA | =AIEA | Agence internationale de l'énergie atomique

UNDP  kind=organisation name="UN Development Programme"
      : United Nations Development Programme | UN Development Programme | =UNDP | =PNUD
      | Programme des Nations unies pour le développement

FAO   kind=organisation name="Food and Agriculture Organization"
      : Food and Agriculture Organization | Food and Agriculture Organisation | =FAO
      | Organisation des Nations unies pour l'alimentation et l'agriculture

UNESCO kind=organisation name="UNESCO"
      : UNESCO | United Nations Educational, Scientific and Cultural Organization

ILO   kind=organisation name="International Labour Organization"
      : International Labour Organization | International Labour Organisation
      | International Labor Organization | =ILO | Organisation internationale du travail

IOM   kind=organisation name="International Organization for Migration"
      : International Organization for Migration | International Organisation for Migration | =IOM
      | Organisation internationale pour les migrations

# UN agency for Palestine refugees
UNRWA kind=organisation name="UNRWA"
      : =UNRWA | UN Relief and Works Agency | United Nations Relief and Works Agency

UNODC kind=organisation name="UN Office on Drugs and Crime"
      : =UNODC | UN Office on Drugs and Crime | United Nations Office on Drugs and Crime

OPCW  kind=organisation name="Organisation for the Prohibition of Chemical Weapons"
      : Organisation for the Prohibition of Chemical Weapons | Organization for the Prohibition of Chemical Weapons
      | =OPCW | =OIAC

# ---------------------------------------------------------------------------
# UN and regional peace operations
# ---------------------------------------------------------------------------

# UN mission in DR Congo (MONUC until 2010)
MONUSCO kind=organisation name="MONUSCO" acts=UN
      : MONUSCO | =MONUC | United Nations Organization Stabilization Mission in the Democratic Republic of the Congo
      | Mission de l'Organisation des Nations unies pour la stabilisation en République démocratique du Congo

# UN mission in Mali, 2013-2023
MINUSMA kind=organisation name="MINUSMA" acts=UN
      : MINUSMA | United Nations Multidimensional Integrated Stabilization Mission in Mali

# UN mission in the Central African Republic
MINUSCA kind=organisation name="MINUSCA" acts=UN
      : MINUSCA | United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic

# UN mission in South Sudan
UNMISS kind=organisation name="UNMISS" acts=UN : =UNMISS | United Nations Mission in South Sudan | UN Mission in South Sudan

# UN-AU mission in Darfur, 2007-2020
UNAMID kind=organisation name="UNAMID" : =UNAMID | African Union-United Nations Hybrid Operation in Darfur

# UN force in Abyei
UNISFA kind=organisation name="UNISFA" acts=UN : =UNISFA | United Nations Interim Security Force for Abyei

# UN force in southern Lebanon
UNIFIL kind=organisation name="UNIFIL" acts=UN
      : UNIFIL | United Nations Interim Force in Lebanon | UN Interim Force in Lebanon | =FINUL

# UN force on the Golan
UNDOF kind=organisation name="UNDOF" acts=UN : =UNDOF | United Nations Disengagement Observer Force

# UN political missions in Afghanistan, Iraq, Libya
UNAMA kind=organisation name="UNAMA" acts=UN : =UNAMA | United Nations Assistance Mission in Afghanistan
UNAMI kind=organisation name="UNAMI" acts=UN : =UNAMI | United Nations Assistance Mission for Iraq
UNSMIL kind=organisation name="UNSMIL" acts=UN : =UNSMIL | United Nations Support Mission in Libya

# AU missions in Somalia: AMISOM (2007-2022), ATMIS (2022-2024), AUSSOM (2025-)
AUSSOM kind=organisation name="AU mission in Somalia (AMISOM / ATMIS / AUSSOM)" acts=AU
      : =AUSSOM | African Union Support and Stabilization Mission in Somalia
      | =ATMIS | African Union Transition Mission in Somalia
      | =AMISOM | African Union Mission in Somalia

# Kenya-led Multinational Security Support mission in Haiti, succeeded by the
# Gang Suppression Force authorised in 2025
MSS_HAITI kind=organisation name="Multinational Security Support mission (Haiti)" support=HTI
      : Multinational Security Support | Multinational Security Support Mission | =?MSS
      | Gang Suppression Force

# NATO-led force in Kosovo
KFOR  kind=organisation name="KFOR" acts=NATO : =KFOR | Kosovo Force

# EU naval operations off Somalia and in the Red Sea
EUNAVFOR kind=organisation name="EU naval operations (Atalanta / Aspides)" acts=EU
      : =EUNAVFOR | =EU NAVFOR | Operation Atalanta | Operation Aspides | Opération Atalante

# EU training missions (Mali, Somalia, CAR, Mozambique)
EUTM  kind=organisation name="EU Training Mission" acts=EU : =EUTM | EU Training Mission | European Union Training Mission

# ---------------------------------------------------------------------------
# African regional bodies and missions
# ---------------------------------------------------------------------------

# includes its predecessor, the Organisation of African Unity (1963-2002)
AU    kind=organisation name="African Union" acts=AU support=SOM,SDN,SSD,ETH,COD,LBY,MLI,NER,BFA,CAF
      : African Union | Union africaine | =?AU | =?UA | African Union Commission
      | Organisation of African Unity | Organization of African Unity | =OAU | =OUA
      | Organisation de l'unité africaine | AU Peace and Security Council

SADC  kind=organisation name="Southern African Development Community" acts=SADC
      : Southern African Development Community | =SADC | Communauté de développement de l'Afrique australe

# SADC force in eastern DR Congo, December 2023 - 2025
SAMIDRC kind=organisation name="SADC Mission in the DRC" acts=SADC
      : =SAMIDRC | SADC Mission in the Democratic Republic of Congo | SADC Mission in the DRC

# SADC force in Cabo Delgado, 2021-2024
SAMIM kind=organisation name="SADC Mission in Mozambique" acts=SADC : =SAMIM | SADC Mission in Mozambique

EAC   kind=organisation name="East African Community" acts=EAC
      : East African Community | =EAC | Communauté d'Afrique de l'Est | Communauté est-africaine

# EAC force in North Kivu, November 2022 - December 2023
EACRF kind=organisation name="East African Community Regional Force" acts=EAC
      : =EACRF | East African Community Regional Force | EAC Regional Force | Force régionale de l'EAC

ECOWAS kind=organisation name="ECOWAS" acts=ECOWAS
      : =ECOWAS | Economic Community of West African States | =CEDEAO
      | Communauté économique des États de l'Afrique de l'Ouest | =ECOMOG

ECCAS kind=organisation name="ECCAS" acts=ECCAS
      : =ECCAS | Economic Community of Central African States | =CEEAC
      | Communauté économique des États de l'Afrique centrale

IGAD  kind=organisation name="Intergovernmental Authority on Development" acts=IGAD
      : Intergovernmental Authority on Development | =IGAD

# also runs the regional mineral certification mechanism (RINR)
ICGLR kind=organisation name="International Conference on the Great Lakes Region"
      : International Conference on the Great Lakes Region | =ICGLR | =CIRGL
      | Conférence internationale sur la région des Grands Lacs

COMESA kind=organisation name="COMESA"
      : =COMESA | Common Market for Eastern and Southern Africa

AFDB  kind=organisation name="African Development Bank"
      : African Development Bank | =AfDB | Banque africaine de développement | =BAfD

AFREXIMBANK kind=organisation name="Afreximbank"
      : Afreximbank | African Export-Import Bank

# ---------------------------------------------------------------------------
# Other regional and political bodies
# ---------------------------------------------------------------------------

# includes the CSCE of Cold War news
OSCE  kind=organisation name="OSCE"
      : =OSCE | Organization for Security and Co-operation in Europe
      | Organisation for Security and Co-operation in Europe | Organization for Security and Cooperation in Europe
      | Organisation pour la sécurité et la coopération en Europe | =CSCE
      | Conference on Security and Co-operation in Europe

COUNCIL_OF_EUROPE kind=organisation name="Council of Europe" : Council of Europe | Conseil de l'Europe

ASEAN kind=organisation name="ASEAN" acts=ASEAN
      : ASEAN | Association of Southeast Asian Nations | Association of South East Asian Nations
      | Association des nations de l'Asie du Sud-Est

SCO   kind=organisation name="Shanghai Cooperation Organisation"
      : Shanghai Cooperation Organisation | Shanghai Cooperation Organization | =SCO
      | Organisation de coopération de Shanghai

BRICS kind=organisation name="BRICS" : BRICS

G7    kind=organisation name="G7" acts=G7
      : =G7 | =G-7 | Group of Seven | Groupe des Sept | =G8 | =G-8 | Group of Eight

G20   kind=organisation name="G20"
      : =G20 | =G-20 | Group of Twenty | Group of 20 | Groupe des Vingt

ARAB_LEAGUE kind=organisation name="Arab League" acts=ARAB_LEAGUE
      : Arab League | League of Arab States | Ligue arabe | Ligue des États arabes

# known as the Organisation of the Islamic Conference until 2011
OIC   kind=organisation name="Organisation of Islamic Cooperation" support=SAU,PAK,TUR,IRN
      : Organisation of Islamic Cooperation | Organization of Islamic Cooperation
      | Organisation of the Islamic Conference | Organization of the Islamic Conference
      | Organisation de la coopération islamique | =?OIC | =?OCI

OAS   kind=organisation name="Organization of American States" acts=OAS
      : Organization of American States | Organisation of American States | =OAS | =OEA
      | Organisation des États américains

CIS   kind=organisation name="Commonwealth of Independent States" support=RUS
      : Commonwealth of Independent States | Communauté des États indépendants | =?CIS | =?CEI

# "Commonwealth" alone is too common a word (US states, Australia)
COMMONWEALTH kind=organisation name="Commonwealth of Nations"
      : Commonwealth of Nations | Commonwealth Secretariat

FRANCOPHONIE kind=organisation name="Organisation internationale de la Francophonie"
      : Organisation internationale de la Francophonie | International Organisation of La Francophonie
      | Francophonie | =OIF

OPEC  kind=organisation name="OPEC"
      : =OPEC | Organization of the Petroleum Exporting Countries
      | Organisation of the Petroleum Exporting Countries | =OPEP
      | Organisation des pays exportateurs de pétrole

# Palestine Liberation Organization: political representative, see header
PLO   kind=organisation name="Palestine Liberation Organization"
      : Palestine Liberation Organization | Palestine Liberation Organisation | =PLO | =OLP
      | Organisation de libération de la Palestine

# ---------------------------------------------------------------------------
# Courts and law enforcement
# ---------------------------------------------------------------------------

# ICC is also the International Cricket Council and CPI the consumer price
# index, so both acronyms are weak; support = situations before the court
ICC   kind=organisation name="International Criminal Court"
      support=COD,UGA,SDN,CAF,MLI,LBY,UKR,PSE,ISR,VEN,PHL,BDI,GEO,CIV
      : International Criminal Court | Cour pénale internationale | =?ICC | =?CPI
      | ICC prosecutor

ICJ   kind=organisation name="International Court of Justice"
      : International Court of Justice | Cour internationale de justice | =ICJ | =CIJ | World Court

INTERPOL kind=organisation name="Interpol"
      : Interpol | International Criminal Police Organization | Organisation internationale de police criminelle

# ---------------------------------------------------------------------------
# International finance and trade
# ---------------------------------------------------------------------------

WORLD_BANK kind=organisation name="World Bank" support=COD,ZMB,GIN,MOZ,ETH,NGA
      : World Bank | World Bank Group | Banque mondiale | International Bank for Reconstruction and Development
      | =IBRD | International Finance Corporation | =?IFC | International Development Association

IMF   kind=organisation name="International Monetary Fund"
      : International Monetary Fund | =IMF | =FMI | Fonds monétaire international

WTO   kind=organisation name="World Trade Organization"
      : World Trade Organization | World Trade Organisation | =WTO | =OMC
      | Organisation mondiale du commerce | Doha Round | cycle de Doha

# the GATT (1947-1994) of 1987-era trade news; its rounds of talks are named
# after the place they opened ("the Uruguay round" is not Uruguay)
GATT  kind=organisation name="GATT" : =GATT | General Agreement on Tariffs and Trade
      | Uruguay Round | Tokyo Round | Kennedy Round | cycle d'Uruguay

OECD  kind=organisation name="OECD"
      : =OECD | Organisation for Economic Co-operation and Development
      | Organization for Economic Cooperation and Development | Organisation for Economic Cooperation and Development
      | =OCDE | Organisation de coopération et de développement économiques
      | OECD Due Diligence Guidance

PARIS_CLUB kind=organisation name="Paris Club" : Paris Club | Club de Paris

FATF  kind=organisation name="Financial Action Task Force"
      : Financial Action Task Force | =FATF | =GAFI | Groupe d'action financière

IEA   kind=organisation name="International Energy Agency"
      : International Energy Agency | =IEA | Agence internationale de l'énergie | =AIE

ADB   kind=organisation name="Asian Development Bank" : Asian Development Bank | =ADB

AIIB  kind=organisation name="Asian Infrastructure Investment Bank"
      : Asian Infrastructure Investment Bank | =AIIB

# ---------------------------------------------------------------------------
# Minerals and extractives governance
# ---------------------------------------------------------------------------

EITI  kind=organisation name="Extractive Industries Transparency Initiative"
      : Extractive Industries Transparency Initiative | =EITI | =ITIE
      | Initiative pour la transparence dans les industries extractives

ICMM  kind=organisation name="International Council on Mining and Metals"
      : International Council on Mining and Metals | =ICMM

# RMI is also the ISO code-like short form for the Marshall Islands, so weak
RMI   kind=organisation name="Responsible Minerals Initiative" support=COD,RWA,BDI,UGA
      : Responsible Minerals Initiative | =?RMI | Responsible Minerals Assurance Process | =RMAP

# tin/tantalum/tungsten traceability scheme in the Great Lakes
ITSCI kind=organisation name="ITSCI"
      : =ITSCI | ITSCI Programme | International Tin Supply Chain Initiative | ITRI Tin Supply Chain Initiative

KIMBERLEY_PROCESS kind=organisation name="Kimberley Process"
      : Kimberley Process | Kimberley Process Certification Scheme | Processus de Kimberley | =KPCS

LME   kind=organisation name="London Metal Exchange" : London Metal Exchange | =LME

LBMA  kind=organisation name="London Bullion Market Association"
      : London Bullion Market Association | =LBMA

# US-led critical minerals partnership (2022)
MSP   kind=organisation name="Minerals Security Partnership" : Minerals Security Partnership

# regulator of deep-sea mining in international waters
ISA   kind=organisation name="International Seabed Authority"
      : International Seabed Authority | Autorité internationale des fonds marins

COBALT_INSTITUTE kind=organisation name="Cobalt Institute" : Cobalt Institute

# ---------------------------------------------------------------------------
# Humanitarian, rights and research organisations
# ---------------------------------------------------------------------------

ICRC  kind=organisation name="International Committee of the Red Cross"
      : International Committee of the Red Cross | =ICRC | =CICR | Comité international de la Croix-Rouge
      | Red Cross | Croix-Rouge

IFRC  kind=organisation name="International Federation of Red Cross and Red Crescent Societies"
      : International Federation of Red Cross and Red Crescent Societies | =IFRC | Red Crescent
      | Croissant-Rouge

MSF   kind=organisation name="Médecins Sans Frontières"
      : Médecins Sans Frontières | Doctors Without Borders | =MSF

HRW   kind=organisation name="Human Rights Watch" : Human Rights Watch | =HRW

AMNESTY kind=organisation name="Amnesty International" : Amnesty International | Amnistie internationale

NRC_NGO kind=organisation name="Norwegian Refugee Council" : Norwegian Refugee Council | Conseil norvégien pour les réfugiés

IRC_NGO kind=organisation name="International Rescue Committee" : International Rescue Committee

OXFAM kind=organisation name="Oxfam" : Oxfam | Oxfam International

SAVE_THE_CHILDREN kind=organisation name="Save the Children" : =Save the Children | Save the Children International

CPJ   kind=organisation name="Committee to Protect Journalists" : Committee to Protect Journalists | =CPJ

RWB   kind=organisation name="Reporters Without Borders" : Reporters Without Borders | Reporters sans frontières

CRISIS_GROUP kind=organisation name="International Crisis Group" : International Crisis Group

# minerals and conflict watchdogs
GLOBAL_WITNESS kind=organisation name="Global Witness" : Global Witness

IPIS  kind=organisation name="International Peace Information Service"
      : International Peace Information Service | =IPIS
