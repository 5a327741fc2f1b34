# armed_groups.lex: non-state armed groups and where they operate.
#
# Written by the georisk team. Each entry: an id, kind=armed_group, a display
# name, ops= (ISO 3166-1 alpha-3 codes of the countries where the group
# fights or is based) and the surface forms that name it in English and French
# news (plus a few Spanish/Portuguese/local forms that wires quote).
#
# Sources of facts (names, aliases, areas of operation; no text copied):
#   * UCDP Actor Dataset v22.1 (Uppsala Conflict Data Program), actor names,
#     full names and locations
#   * PETRARCH2 / Phoenix CAMEO dictionaries (Open Event Data Alliance, MIT),
#     militant group names and synonyms
#   * re3d (Syria/Iraq entity annotations), group names seen in text
#   * public knowledge: UN Group of Experts reports, UN sanctions lists,
#     news coverage 1987-2026
#
# Conventions:
#   * acronyms that are also ordinary words or other bodies are exact (=) and,
#     when still ambiguous, weak (=?) with support= the countries whose
#     mention confirms them
#   * no country names, demonyms or capitals on their own (countries.lex owns
#     them); longer names that contain one are fine
#   * groups that became parties or state forces keep their historic entry
#     (1987-era wire news) and say so in a comment
#   * Azov is left out: since 2014 it is a unit of Ukraine's National Guard /
#     army, i.e. a state force, not a non-state armed group
#   * the PLO is in organisations.lex: since the 1990s it acts as the
#     recognised political representative (UN observer, treaty party); its
#     armed factions (al-Aqsa Martyrs' Brigades, PFLP, ...) are listed here

@signal actor

# ---------------------------------------------------------------------------
# Great Lakes: DR Congo, Rwanda, Burundi, Uganda
# ---------------------------------------------------------------------------

# Tutsi-led rebel group in North and South Kivu; UN experts report Rwandan backing;
# since 2023 the core of the Alliance Fleuve Congo (AFC)
M23   kind=armed_group name="M23 / AFC" ops=COD support=COD,RWA,UGA
      : M23 | March 23 Movement | Mouvement du 23 mars | =AFC/M23 | Alliance Fleuve Congo
      | Congo River Alliance | =?AFC | M23 rebels

# Ugandan-origin Islamist group in Beni/Ituri; IS affiliate (Central Africa Province)
ADF   kind=armed_group name="Allied Democratic Forces" ops=COD,UGA support=COD,UGA
      : Allied Democratic Forces | Forces démocratiques alliées | =?ADF | =ADF-NALU
      | ISCAP | Islamic State Central Africa Province | Madina at Tauheed Wau Mujahedeen

# Hutu armed group in the Kivus founded by perpetrators of the 1994 genocide
FDLR  kind=armed_group name="Democratic Forces for the Liberation of Rwanda" ops=COD,RWA support=COD,RWA
      : Democratic Forces for the Liberation of Rwanda | Forces démocratiques de libération du Rwanda
      | =FDLR | =FDLR-FOCA | =?FOCA

# 1994 genocide militia; remnants folded into ex-FAR/FDLR in Congo
INTERAHAMWE kind=armed_group name="Interahamwe" ops=RWA,COD : Interahamwe

# Lendu-dominated militia coalition in Ituri
CODECO kind=armed_group name="CODECO" ops=COD
      : =CODECO | Cooperative for the Development of Congo | Coopérative pour le développement du Congo
      | Coopérative pour le développement économique du Congo

# generic name for community self-defence militias across eastern Congo
MAIMAI kind=armed_group name="Mai-Mai militias" ops=COD
      : Mai-Mai | Mayi-Mayi | Mai-Mai militia | Mai-Mai militias | Mayi Mayi militia

# Mai-Mai franchise in South Kivu and Maniema (Shabunda, Walikale)
RAIA_MUTOMBOKI kind=armed_group name="Raia Mutomboki" ops=COD : Raia Mutomboki

# Hutu Congolese militias in Masisi/Rutshuru, often allied with FDLR
NYATURA kind=armed_group name="Nyatura" ops=COD : Nyatura

# pro-government coalition of Mai-Mai, Nyatura and others fighting M23 since 2022
WAZALENDO kind=armed_group name="Wazalendo" ops=COD : Wazalendo

# mostly Hunde militia in Masisi
APCLS kind=armed_group name="APCLS" ops=COD
      : =APCLS | Alliance of Patriots for a Free and Sovereign Congo
      | Alliance des patriotes pour un Congo libre et souverain

# Walikale militia of Guidon Shimiray, split into factions
NDC_R kind=armed_group name="Nduma Defence of Congo-Renovated" ops=COD
      : =NDC-R | Nduma Defence of Congo-Renovated | Nduma Defense of Congo-Renovated

# Banyamulenge self-defence militia in the South Kivu highlands
TWIRWANEHO kind=armed_group name="Twirwaneho" ops=COD : Twirwaneho

# Mai-Mai coalition of William Yakutumba around Fizi
CNPSC kind=armed_group name="CNPSC / Mai-Mai Yakutumba" ops=COD
      : =CNPSC | Yakutumba | Mai-Mai Yakutumba
      | Coalition nationale du peuple pour la souveraineté du Congo

# Ngiti militia in southern Ituri
FRPI  kind=armed_group name="Ituri Patriotic Resistance Force" ops=COD
      : =FRPI | Ituri Patriotic Resistance Force | Forces de résistance patriotiques de l'Ituri

# Kasai insurgency 2016-2017
KAMUINA_NSAPU kind=armed_group name="Kamuina Nsapu" ops=COD : Kamuina Nsapu | Kamwina Nsapu

# Teke-Yaka conflict militia west of Kinshasa since 2022
MOBONDO kind=armed_group name="Mobondo" ops=COD : Mobondo

# Nkunda's Tutsi rebel movement 2006-2009, forerunner of M23
CNDP  kind=armed_group name="CNDP" ops=COD
      : =CNDP | National Congress for the Defence of the People
      | Congrès national pour la défense du peuple

# Rwandan/Ugandan-backed rebellion of the second Congo war (1998-2003)
RCD   kind=armed_group name="Rally for Congolese Democracy" ops=COD support=COD
      : Rally for Congolese Democracy | Congolese Rally for Democracy
      | Rassemblement congolais pour la démocratie | =?RCD | =RCD-Goma

# Burundian rebels based in South Kivu
RED_TABARA kind=armed_group name="RED-Tabara" ops=BDI,COD
      : RED-Tabara | Résistance pour un État de droit au Burundi
      | Resistance for the Rule of Law in Burundi

# Hutu rebel movement (Palipehutu-FNL), remnants in South Kivu
FNL   kind=armed_group name="National Forces of Liberation (Burundi)" ops=BDI,COD support=BDI
      : National Forces of Liberation | Forces nationales de libération | =?FNL | Palipehutu-FNL
      | =Palipehutu

# youth wing of Burundi's ruling party, acts as militia at home and in South Kivu
IMBONERAKURE kind=armed_group name="Imbonerakure" ops=BDI,COD : Imbonerakure

# Ugandan Acholi rebel group of Joseph Kony; later CAR, South Sudan, DR Congo
LRA   kind=armed_group name="Lord's Resistance Army" ops=UGA,COD,CAF,SSD,SDN support=UGA,COD,CAF,SSD
      : Lord's Resistance Army | Lords Resistance Army | =?LRA
      | Armée de résistance du Seigneur

# Alice Lakwena's rebellion in northern Uganda, 1986-1987
HSM   kind=armed_group name="Holy Spirit Movement" ops=UGA : Holy Spirit Movement

# ---------------------------------------------------------------------------
# Central African Republic, Chad, Cameroon
# ---------------------------------------------------------------------------

# Russian private military company; since 2023-24 largely rebranded as
# Africa Corps under the Russian defence ministry
WAGNER kind=armed_group name="Wagner Group / Africa Corps" ops=CAF,MLI,LBY,SDN,SYR,MOZ,UKR,BFA,NER
      support=CAF,MLI,LBY,SDN,SYR,MOZ,RUS
      : Wagner Group | PMC Wagner | Wagner PMC | Wagner mercenaries | Wagner fighters
      | groupe Wagner | ?Wagner | Africa Corps | Russian Africa Corps

# mostly Muslim rebel coalition that seized Bangui in 2013; factions after dissolution
SELEKA kind=armed_group name="Séléka / ex-Séléka" ops=CAF : Séléka | ex-Séléka

# Christian and animist self-defence militias opposed to Séléka
ANTI_BALAKA kind=armed_group name="anti-Balaka" ops=CAF : anti-Balaka | antibalaka | anti-Balakas

# ex-Séléka faction of Ali Darassa (Ouaka, Basse-Kotto)
UPC_CAF kind=armed_group name="Unity for Peace in Central Africa (UPC)" ops=CAF support=CAF
      : Unity for Peace in Central Africa | Union pour la paix en Centrafrique | =?UPC

# Fulani-based armed group in the north-west (Nana-Mambéré, Ouham-Pendé)
3R    kind=armed_group name="Return, Reclamation and Rehabilitation (3R)" ops=CAF support=CAF
      : Return, Reclamation and Rehabilitation | Retour, Réclamation et Réhabilitation | =?3R

# rebel coalition formed in December 2020 around ex-president Bozizé
CPC   kind=armed_group name="Coalition of Patriots for Change" ops=CAF support=CAF
      : Coalition of Patriots for Change | Coalition des patriotes pour le changement | =?CPC

# ex-Séléka faction in Vakaga and Haute-Kotto
FPRC  kind=armed_group name="FPRC" ops=CAF
      : =FPRC | Popular Front for the Renaissance of Central Africa
      | Front populaire pour la renaissance de la Centrafrique

# ex-Séléka faction in Ouham and Nana-Grébizi
MPC_CAF kind=armed_group name="Central African Patriotic Movement (MPC)" ops=CAF support=CAF
      : Central African Patriotic Movement | Mouvement patriotique pour la Centrafrique | =?MPC

# Chadian rebels based in southern Libya; killed President Déby in 2021
FACT  kind=armed_group name="Front for Change and Concord in Chad" ops=TCD,LBY support=TCD,LBY
      : Front for Change and Concord in Chad | Front pour l'alternance et la concorde au Tchad
      | =?FACT

# armed separatists in Cameroon's North-West and South-West regions
AMBA_SEP kind=armed_group name="Anglophone / Ambazonian separatists" ops=CMR
      : Anglophone separatists | Anglophone separatist | Ambazonian separatists
      | Ambazonian separatist | séparatistes anglophones | Amba Boys | Amba fighters

# one of the main Ambazonian militias (not the Ugandan ADF)
ADF_AMBA kind=armed_group name="Ambazonia Defence Forces" ops=CMR
      : Ambazonia Defence Forces | Ambazonia Defense Forces | Ambazonian Defence Forces

# ---------------------------------------------------------------------------
# Sudan, South Sudan, Ethiopia, Horn of Africa
# ---------------------------------------------------------------------------

# Sudanese paramilitary born of the Darfur Janjaweed; at war with the army since April 2023
RSF   kind=armed_group name="Rapid Support Forces" ops=SDN support=SDN
      : Rapid Support Forces | Forces de soutien rapide | =?RSF | Janjaweed | Janjawid

# rebels in South Kordofan and Blue Nile (al-Hilu and Agar wings)
SPLM_N kind=armed_group name="SPLM-North" ops=SDN
      : =SPLM-N | SPLM-North | =SPLA-N | Sudan People's Liberation Movement-North

# southern rebel army 1983-2005 (now South Sudan's ruling movement; historic entry)
SPLA  kind=armed_group name="Sudan People's Liberation Army" ops=SDN,SSD
      : Sudan People's Liberation Army | =SPLA | =SPLM/A

# Riek Machar's armed opposition in South Sudan
SPLM_IO kind=armed_group name="SPLM-in-Opposition" ops=SSD
      : =SPLM-IO | =SPLA-IO | SPLM-in-Opposition | SPLA-in-Opposition
      | Sudan People's Liberation Movement-in-Opposition | Sudan People's Liberation Army-in-Opposition

# Thomas Cirillo's holdout rebels in Central Equatoria
NAS   kind=armed_group name="National Salvation Front (South Sudan)" ops=SSD support=SSD
      : ?National Salvation Front | =?NAS

# Nuer youth militia in Jonglei and Upper Nile
WHITE_ARMY kind=armed_group name="White Army" ops=SSD support=SSD : ?White Army | ?Nuer White Army

# Darfur rebel movement (Abdel Wahid and Minnawi wings)
SLM   kind=armed_group name="Sudan Liberation Movement/Army" ops=SDN
      : Sudan Liberation Movement | Sudan Liberation Army | =SLM-AW | =SLA-AW | =SLM-MM

# Darfur Islamist-leaning rebel movement
JEM   kind=armed_group name="Justice and Equality Movement" ops=SDN,TCD
      : Justice and Equality Movement | Mouvement pour la justice et l'égalité

# Somali jihadist insurgency, al-Qaeda affiliate; attacks in Kenya
SHABAAB kind=armed_group name="al-Shabaab" ops=SOM,KEN,ETH support=SOM,KEN
      : al-Shabaab | al-Shabab | Shabaab | Harakat al-Shabaab al-Mujahideen | ash-Shabaab
      | al-Shebab | Shebab | al-Chabab | ?Shabab

# IS branch in Puntland's Cal Miskaad mountains
IS_SOMALIA kind=armed_group name="Islamic State Somalia Province" ops=SOM
      : Islamic State Somalia Province | Islamic State in Somalia | Islamic State Somalia

# Sufi militia in central Somalia (Galmudug)
ASWJ_SOM kind=armed_group name="Ahlu Sunna Wal Jama'a (Somalia)" ops=SOM support=SOM
      : Ahlu Sunna Wal Jama'a | Ahlu Sunna Waljama'a | =?ASWJ

# clan militias mobilised against al-Shabaab since 2022
MACAWISLEY kind=armed_group name="Macawisley clan militias" ops=SOM : Macawisley | Ma'awisley

# Somali rebels against Siad Barre in the north, 1981-1991 (historic)
SNM   kind=armed_group name="Somali National Movement" ops=SOM : Somali National Movement

# Amhara nationalist militias fighting the federal army since 2023
FANO  kind=armed_group name="Fano" ops=ETH support=ETH
      : ?Fano | Fano militia | Fano militias | Fano militiamen | Fano fighters | Amhara Fano

# armed wing that split from the Oromo Liberation Front
OLA   kind=armed_group name="Oromo Liberation Army" ops=ETH support=ETH
      : Oromo Liberation Army | Armée de libération oromo | =?OLA | =OLF-OLA | =?Shene

# Oromo rebels 1973-2018, now a legal party (historic entry)
OLF   kind=armed_group name="Oromo Liberation Front" ops=ETH
      : Oromo Liberation Front | =OLF | Front de libération oromo

# Tigrayan party and its forces in the 2020-2022 war
TPLF  kind=armed_group name="Tigray People's Liberation Front" ops=ETH,ERI support=ETH
      : Tigray People's Liberation Front | Tigrayan People's Liberation Front | =TPLF
      | Front populaire de libération du Tigray | Tigray Defence Forces | Tigray Defense Forces | =?TDF

# Somali-region rebels in Ethiopia
ONLF  kind=armed_group name="Ogaden National Liberation Front" ops=ETH
      : Ogaden National Liberation Front | =ONLF

# Eritrean independence fighters against Ethiopia until 1991 (historic)
EPLF  kind=armed_group name="Eritrean People's Liberation Front" ops=ETH,ERI
      : Eritrean People's Liberation Front | =EPLF

# ---------------------------------------------------------------------------
# Sahel, West Africa, Maghreb
# ---------------------------------------------------------------------------

# al-Qaeda coalition in Mali, Burkina Faso, Niger and coastal states (2017)
JNIM  kind=armed_group name="JNIM" ops=MLI,BFA,NER,BEN,TGO
      : =JNIM | Jama'at Nasr al-Islam wal Muslimin | Jamaat Nusrat al-Islam wal-Muslimin
      | Jama'at Nusrat al-Islam wal-Muslimin | Group for the Support of Islam and Muslims
      | Support Group for Islam and Muslims | Groupe de soutien à l'islam et aux musulmans | =GSIM

# Fulani-led JNIM component in central Mali
KATIBA_MACINA kind=armed_group name="Katiba Macina" ops=MLI,BFA
      : Katiba Macina | Macina Liberation Front | Front de libération du Macina

# Burkinabè jihadist group of the north (Soum)
ANSARUL_ISLAM kind=armed_group name="Ansarul Islam" ops=BFA,MLI : Ansarul Islam | Ansar ul Islam

# Tuareg jihadist group of Iyad Ag Ghaly, part of JNIM since 2017
ANSAR_DINE kind=armed_group name="Ansar Dine" ops=MLI : Ansar Dine | Ansar Eddine | Ansar ed-Dine

# al-Qaeda's North African branch (ex-GSPC)
AQIM  kind=armed_group name="al-Qaeda in the Islamic Maghreb" ops=DZA,MLI,NER,MRT,TUN,LBY,BFA
      : al-Qaeda in the Islamic Maghreb | al-Qaida in the Islamic Maghreb | =AQIM | =AQMI
      | al-Qaïda au Maghreb islamique | Salafist Group for Preaching and Combat | =GSPC

# Belmokhtar's group, merged into JNIM in 2017
MOURABITOUN kind=armed_group name="al-Mourabitoun" ops=MLI,NER,DZA : al-Mourabitoun | al-Murabitun

# IS branch in the Mali-Niger-Burkina tri-border (ISGS, since 2022 Sahel Province)
ISGS  kind=armed_group name="Islamic State Sahel Province" ops=MLI,NER,BFA
      : Islamic State in the Greater Sahara | Islamic State Greater Sahara | =ISGS
      | Islamic State Sahel Province | Islamic State Sahel | Islamic State in the Sahel | =ISSP
      | État islamique au Grand Sahara | =EIGS | État islamique au Sahel

# Tuareg-led separatist alliance (MNLA, CMA, CSP-DPA; Azawad Liberation Front since 2024)
FLA   kind=armed_group name="Azawad Liberation Front (ex-MNLA / CMA / CSP-DPA)" ops=MLI support=MLI
      : Azawad Liberation Front | Front de libération de l'Azawad | =?FLA
      | National Movement for the Liberation of Azawad | Mouvement national de libération de l'Azawad
      | =MNLA | Coordination of Azawad Movements | Coordination des mouvements de l'Azawad | =?CMA
      | =CSP-DPA | Permanent Strategic Framework | Cadre stratégique permanent | ?Tuareg rebels
      | ?Tuareg separatists

# Dogon self-defence militia in central Mali
DAN_NA_AMBASSAGOU kind=armed_group name="Dan Na Ambassagou" ops=MLI
      : Dan Na Ambassagou | Dan Na Amassagou

# state-backed civilian auxiliaries of Burkina Faso's army
VDP   kind=armed_group name="Volunteers for the Defence of the Homeland (VDP)" ops=BFA support=BFA
      : Volunteers for the Defence of the Homeland | Volunteers for the Defense of the Homeland
      | Volontaires pour la défense de la patrie | =?VDP

# Boko Haram proper (JAS, Shekau faction) in north-east Nigeria and Lake Chad
BOKO_HARAM kind=armed_group name="Boko Haram (JAS)" ops=NGA,CMR,NER,TCD support=NGA,CMR,NER,TCD
      : Boko Haram | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad | Jamā'at Ahl as-Sunnah lid-Da'wah wa'l-Jihād
      | =?JAS

# IS Lake Chad branch, split from Boko Haram in 2016
ISWAP kind=armed_group name="Islamic State West Africa Province" ops=NGA,NER,TCD,CMR
      : Islamic State West Africa Province | Islamic State in West Africa | Islamic State West Africa
      | =ISWAP | État islamique en Afrique de l'Ouest | Province de l'État islamique en Afrique de l'Ouest

# al-Qaeda-aligned Boko Haram splinter, resurgent in north-central Nigeria
ANSARU kind=armed_group name="Ansaru" ops=NGA
      : Ansaru | Jama'atu Ansarul Muslimina fi Biladis Sudan

# jihadist group on the Nigeria-Niger border (Sokoto, Kebbi) since 2018
LAKURAWA kind=armed_group name="Lakurawa" ops=NGA,NER : Lakurawa

# jihadist group around Kainji Lake reported in 2025
MAHMUDA kind=armed_group name="Mahmuda" ops=NGA : Mahmuda group

# Biafran separatists and their armed wing in south-east Nigeria
IPOB  kind=armed_group name="IPOB / Eastern Security Network" ops=NGA support=NGA
      : Indigenous People of Biafra | =IPOB | Eastern Security Network | =?ESN

# Niger Delta militants
MEND  kind=armed_group name="MEND / Niger Delta Avengers" ops=NGA support=NGA
      : Movement for the Emancipation of the Niger Delta | =?MEND | Niger Delta Avengers

# Sahrawi independence movement against Morocco
POLISARIO kind=armed_group name="Polisario Front" ops=ESH,MAR,DZA
      : Polisario Front | Front Polisario | Polisario | Sahrawi People's Liberation Army

# Algerian civil-war insurgents of the 1990s (historic)
GIA   kind=armed_group name="Armed Islamic Group (Algeria)" ops=DZA support=DZA
      : Armed Islamic Group | Groupe islamique armé | =?GIA

# ---------------------------------------------------------------------------
# Mozambique, southern Africa
# ---------------------------------------------------------------------------

# jihadist insurgency in Cabo Delgado, IS "Mozambique Province" since 2022;
# locally also called al-Shabaab, which this file keeps for the Somali group
IS_MOZ kind=armed_group name="Islamic State Mozambique Province (Ansar al-Sunna)" ops=MOZ,TZA support=MOZ
      : Islamic State Mozambique Province | Islamic State Mozambique | =ISMP
      | Ansar al-Sunna | Ansar al-Sunnah | Ahlu Sunnah Wa-Jamo | =?ASWJ | Cabo Delgado insurgents
      | Mozambican al-Shabaab | al-Shabaab in Mozambique | al-Shabab in Mozambique

# anti-Frelimo insurgency 1977-1992 and 2013-2019, now a party (historic entry)
RENAMO kind=armed_group name="RENAMO" ops=MOZ
      : Renamo | Mozambican National Resistance | Resistência Nacional Moçambicana

# Angolan rebels of Jonas Savimbi, civil war until 2002 (now a party; historic entry)
UNITA kind=armed_group name="UNITA" ops=AGO
      : =UNITA | National Union for the Total Independence of Angola
      | União Nacional para a Independência Total de Angola

# ANC armed wing against apartheid, 1961-1990 (historic; the 2024 MK party is spelt
# "uMkhonto weSizwe" and is not matched)
MK    kind=armed_group name="Umkhonto we Sizwe" ops=ZAF : Umkhonto we Sizwe

# SWAPO's armed wing in the Namibian war of independence (historic)
PLAN  kind=armed_group name="People's Liberation Army of Namibia" ops=NAM,AGO
      : People's Liberation Army of Namibia

# ---------------------------------------------------------------------------
# Middle East and North Africa
# ---------------------------------------------------------------------------

# Islamic State core (ISIS / ISIL / Daesh) in Iraq and Syria
ISIS  kind=armed_group name="Islamic State (ISIS)" ops=IRQ,SYR support=IRQ,SYR
      : Islamic State | Islamic State group | =ISIS | =ISIL
      | Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria
      | Islamic State in Iraq and Syria | Islamic State of Iraq and al-Sham | Islamic State in Iraq
      | Daesh | Daech | Da'esh | État islamique | Organisation État islamique | Estado Islámico
      | =?EI

# IS branch in Egypt's Sinai (ex-Ansar Beit al-Maqdis)
IS_SINAI kind=armed_group name="Islamic State Sinai Province" ops=EGY support=EGY
      : Islamic State Sinai Province | ?Sinai Province | Wilayat Sinai | Ansar Bait al-Maqdis
      | Ansar Beit al-Maqdis

# al-Qaeda core
AL_QAEDA kind=armed_group name="al-Qaeda" ops=AFG,PAK,SYR,YEM,SOM support=AFG,PAK,SYR,YEM,SOM
      : al-Qaeda | al-Qaida | al-Qa'ida | Qaeda

# al-Qaeda's Yemeni branch
AQAP  kind=armed_group name="al-Qaeda in the Arabian Peninsula" ops=YEM
      : al-Qaeda in the Arabian Peninsula | al-Qaida in the Arabian Peninsula | =AQAP
      | al-Qaïda dans la péninsule arabique | =AQPA

# Yemen's Zaydi rebel movement, controls Sanaa; Red Sea attacks since 2023
HOUTHIS kind=armed_group name="Houthis (Ansar Allah)" ops=YEM,SAU
      : Houthis | Houthi | Huthi | Huthis | Houthistes | Ansar Allah | Ansarallah | Ansarullah

# southern separatists in Aden, UAE-backed
STC   kind=armed_group name="Southern Transitional Council" ops=YEM support=YEM
      : Southern Transitional Council | Conseil de transition du Sud | =?STC

# Lebanese Shia party-militia backed by Iran
HEZBOLLAH kind=armed_group name="Hezbollah" ops=LBN,SYR
      : Hezbollah | Hizbollah | Hizballah | Hizbullah | Hezbollah militia

# Lebanese Shia movement and 1980s militia (camps war of 1985-1988)
AMAL  kind=armed_group name="Amal Movement" ops=LBN support=LBN
      : Amal Movement | Amal militia | Mouvement Amal | ?Amal

# Israeli-backed militia in south Lebanon until 2000 (historic)
SLA_LBN kind=armed_group name="South Lebanon Army" ops=LBN,ISR : South Lebanon Army

# 1980s Lebanese Shia group behind kidnappings (Islamic Jihad Organization)
IJO   kind=armed_group name="Islamic Jihad Organization (Lebanon)" ops=LBN support=LBN
      : Islamic Jihad Organization | Islamic Jihad Organisation | ?Islamic Jihad

# Palestinian Islamist movement ruling Gaza 2007-; its military wing is the Qassam Brigades
HAMAS kind=armed_group name="Hamas" ops=PSE,ISR,LBN
      : Hamas | Islamic Resistance Movement | Mouvement de la résistance islamique
      | Izz ad-Din al-Qassam Brigades | Izz al-Din al-Qassam Brigades | Ezzedine al-Qassam Brigades
      | Ezzedine al-Qassam | al-Qassam Brigades | Qassam Brigades | Brigades Ezzedine al-Qassam

# Iran-backed Palestinian group; armed wing al-Quds Brigades
PIJ   kind=armed_group name="Palestinian Islamic Jihad" ops=PSE,ISR support=PSE,ISR
      : Palestinian Islamic Jihad | Islamic Jihad movement | Jihad islamique palestinien | =PIJ
      | al-Quds Brigades | Saraya al-Quds | ?Islamic Jihad

# Fatah-linked armed network in the West Bank
AMB   kind=armed_group name="al-Aqsa Martyrs' Brigades" ops=PSE,ISR
      : al-Aqsa Martyrs' Brigades | al-Aqsa Martyrs Brigades | al-Aqsa Martyrs Brigade
      | Brigades des martyrs d'al-Aqsa

# Marxist Palestinian faction and its General Command splinter
PFLP  kind=armed_group name="Popular Front for the Liberation of Palestine" ops=PSE,ISR,LBN,SYR
      : Popular Front for the Liberation of Palestine | =PFLP | =PFLP-GC
      | Front populaire de libération de la Palestine

# Gaza armed coalition, military wing al-Nasser Salah al-Deen Brigades
PRC   kind=armed_group name="Popular Resistance Committees" ops=PSE
      : Popular Resistance Committees

# Fatah splinter of Abu Nidal, attacks in the 1970s-1980s (historic)
ABU_NIDAL kind=armed_group name="Abu Nidal Organization" ops=LBN,LBY,SYR,IRQ
      : Abu Nidal Organization | Abu Nidal Organisation | Abu Nidal group | Fatah Revolutionary Council

# Syrian jihadist coalition (ex-Nusra Front) that toppled Assad in December 2024
# and announced its dissolution in January 2025
HTS   kind=armed_group name="Hayat Tahrir al-Sham" ops=SYR support=SYR
      : Hayat Tahrir al-Sham | Hay'at Tahrir al-Sham | Hayat Tahrir al-Cham | Tahrir al-Sham | =?HTS
      | Jabhat al-Nusra | Nusra Front | al-Nusra Front | Front al-Nosra | al-Nusra
      | Jabhat Fateh al-Sham | Jabhat Fatah al-Sham

# al-Qaeda loyalist splinter in Idlib
HURRAS_AL_DIN kind=armed_group name="Hurras al-Din" ops=SYR
      : Hurras al-Din | Hurras al-Deen | Tanzim Hurras al-Din

# Salafist rebel faction in northern Syria
AHRAR_AL_SHAM kind=armed_group name="Ahrar al-Sham" ops=SYR : Ahrar al-Sham | Ahrar al-Cham

# Islamist rebel army of Eastern Ghouta
JAYSH_AL_ISLAM kind=armed_group name="Jaysh al-Islam" ops=SYR : Jaysh al-Islam | Jaish al-Islam

# early Syrian rebel umbrella (2011-)
FSA   kind=armed_group name="Free Syrian Army" ops=SYR support=SYR
      : Free Syrian Army | Armée syrienne libre | =?FSA

# Turkish-backed rebel army in northern Syria (2017-2025)
SNA   kind=armed_group name="Syrian National Army" ops=SYR support=SYR
      : Syrian National Army | Turkish-backed Syrian National Army | Armée nationale syrienne | =?SNA

# Kurdish-led alliance in north-east Syria, US partner against IS
SDF   kind=armed_group name="Syrian Democratic Forces" ops=SYR support=SYR
      : Syrian Democratic Forces | Forces démocratiques syriennes | =?SDF | =?FDS

# Syrian Kurdish militia, backbone of the SDF
YPG   kind=armed_group name="People's Protection Units (YPG)" ops=SYR
      : People's Protection Units | Peoples Protection Units | =YPG | =YPJ | Women's Protection Units
      | Unités de protection du peuple

# Kurdish insurgent party in Turkey and Iraq; announced disarmament in 2025
PKK   kind=armed_group name="Kurdistan Workers' Party" ops=TUR,IRQ,SYR
      : Kurdistan Workers' Party | Kurdistan Workers Party | Kurdistan Worker's Party | =PKK
      | Parti des travailleurs du Kurdistan | Partiya Karkerên Kurdistanê

# PKK-linked Kurdish group fighting Iran
PJAK  kind=armed_group name="PJAK" ops=IRN,IRQ
      : =PJAK | Party of Free Life of Kurdistan | Kurdistan Free Life Party

# Iran-aligned Iraqi militia
KATAIB_HEZBOLLAH kind=armed_group name="Kataib Hezbollah" ops=IRQ,SYR
      : Kataib Hezbollah | Kata'ib Hizballah | Kataib Hizbollah | Kataeb Hezbollah | Kata'ib Hezbollah
      | Hezbollah Brigades

# Iraqi state-sanctioned umbrella of mostly Shia militias
PMF   kind=armed_group name="Popular Mobilization Forces" ops=IRQ,SYR support=IRQ
      : Popular Mobilization Forces | Popular Mobilisation Forces | Popular Mobilization Units
      | Popular Mobilisation Units | Hashd al-Shaabi | al-Hashd al-Shaabi | Hashed al-Shaabi
      | Hachd al-Chaabi | Forces de mobilisation populaire | =?PMF | =?PMU

# Iran-aligned Iraqi militia of Qais al-Khazali
AAH   kind=armed_group name="Asa'ib Ahl al-Haq" ops=IRQ,SYR support=IRQ
      : Asa'ib Ahl al-Haq | Asaib Ahl al-Haq | Assaib Ahl al-Haq | League of the Righteous | =?AAH

# Iran-aligned Iraqi militia (Nujaba)
NUJABA kind=armed_group name="Harakat Hezbollah al-Nujaba" ops=IRQ,SYR
      : Harakat Hezbollah al-Nujaba | Harakat al-Nujaba | al-Nujaba | Nujaba Movement

# oldest Iran-aligned Iraqi militia and political bloc
BADR  kind=armed_group name="Badr Organization" ops=IRQ,SYR
      : Badr Organization | Badr Organisation | Badr Brigades | Badr Corps

# Sadrist militia (Mahdi Army, renamed Peace Brigades)
SARAYA_AL_SALAM kind=armed_group name="Mahdi Army / Saraya al-Salam" ops=IRQ
      : Mahdi Army | Jaish al-Mahdi | Saraya al-Salam

# Afghan Shia fighters recruited by Iran for Syria
FATEMIYOUN kind=armed_group name="Liwa Fatemiyoun" ops=SYR
      : Liwa Fatemiyoun | Fatemiyoun | Fatemiyoun Brigade | Fatemiyoun Division

# Kurdish Islamist group in Iraq (2001-)
ANSAR_AL_ISLAM kind=armed_group name="Ansar al-Islam" ops=IRQ,SYR : Ansar al-Islam

# Iranian opposition group, armed from Iraq in the 1980s-2003 (historic)
MEK   kind=armed_group name="People's Mujahedin of Iran (MEK)" ops=IRN,IRQ support=IRN
      : People's Mujahedin of Iran | People's Mojahedin Organization of Iran | Mujahedin-e Khalq
      | Mojahedin-e Khalq | =MEK | =?MKO | =PMOI

# Baloch Sunni militants in Iran's Sistan-Baluchestan (successor of Jundallah)
JAISH_AL_ADL kind=armed_group name="Jaish al-Adl" ops=IRN,PAK : Jaish al-Adl | Jaish ul-Adl | Jundallah

# Haftar's eastern Libyan forces (a self-styled army, not under the Tripoli government)
LNA   kind=armed_group name="Libyan National Army (Haftar)" ops=LBY support=LBY
      : Libyan National Army | Libyan Arab Armed Forces | Armée nationale libyenne | =?LNA

# ---------------------------------------------------------------------------
# South and Central Asia
# ---------------------------------------------------------------------------

# Afghan Islamist movement; in power 1996-2001 and again since August 2021
TALIBAN kind=armed_group name="Taliban" ops=AFG,PAK
      : Taliban | Taleban | Talibans | Afghan Taliban

# Pakistani Taliban umbrella in Khyber Pakhtunkhwa
TTP   kind=armed_group name="Tehrik-i-Taliban Pakistan" ops=PAK,AFG
      : Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | Tehrik-e-Taliban Pakistan
      | Tehrik-e-Taliban | Pakistani Taliban | =TTP

# Taliban-affiliated network on the Afghan-Pakistani border
HAQQANI kind=armed_group name="Haqqani network" ops=AFG,PAK : Haqqani network | Haqqani Network group

# IS Khorasan Province (Afghanistan, Pakistan; attacks in Iran and Russia)
ISKP  kind=armed_group name="Islamic State Khorasan Province" ops=AFG,PAK,IRN,RUS,TJK
      : Islamic State Khorasan Province | Islamic State in Khorasan Province | Islamic State Khorasan
      | =ISKP | =ISIS-K | =IS-K | =ISIL-K | État islamique au Khorassan
      | Wilayat Khorasan

# al-Qaeda branch for South Asia (2014)
AQIS  kind=armed_group name="al-Qaeda in the Indian Subcontinent" ops=AFG,PAK,IND,BGD,MMR
      : al-Qaeda in the Indian Subcontinent | al-Qaida in the Indian Subcontinent | =AQIS

# anti-Soviet Afghan resistance of the 1980s (Peshawar parties); generic plural use
MUJAHIDEEN kind=armed_group name="Afghan mujahideen" ops=AFG,PAK support=AFG
      : Afghan mujahideen | Afghan mujahedeen | Afghan mujahedin | Afghan rebels | Afghan guerrillas
      | ?mujahideen | ?mujahedeen | ?mujahedin | ?mujahidin | ?moudjahidine

# Hekmatyar's party-militia (1980s-2016)
HEZB_ISLAMI kind=armed_group name="Hezb-e-Islami" ops=AFG
      : Hezb-e-Islami | Hezb-i-Islami | Hizb-i-Islami | Hizb-e-Islami | Hezb-e-Islami Gulbuddin

# anti-Taliban resistance in Panjshir since 2021
NRF_AFG kind=armed_group name="National Resistance Front of Afghanistan" ops=AFG support=AFG
      : National Resistance Front of Afghanistan | ?National Resistance Front

# Baloch separatists; Jaffar Express hijacking 2025
BLA   kind=armed_group name="Balochistan Liberation Army" ops=PAK support=PAK
      : Balochistan Liberation Army | Baloch Liberation Army | =?BLA | Majeed Brigade

# Baloch separatists
BLF   kind=armed_group name="Balochistan Liberation Front" ops=PAK support=PAK
      : Balochistan Liberation Front | Baloch Liberation Front | =?BLF

# sectarian anti-Shia group
LEJ   kind=armed_group name="Lashkar-e-Jhangvi" ops=PAK,AFG
      : Lashkar-e-Jhangvi | Lashkar-i-Jhangvi | =LeJ

# Pakistan-based group behind the 2008 Mumbai attacks; TRF seen as its proxy in Kashmir
LET   kind=armed_group name="Lashkar-e-Taiba" ops=PAK,IND support=IND,PAK
      : Lashkar-e-Taiba | Lashkar-e-Toiba | Lashkar-e-Tayyiba | Lashkar-e-Tayyaba | =LeT
      | ?The Resistance Front | =?TRF

# Pakistan-based group behind the 2019 Pulwama bombing
JEM_PAK kind=armed_group name="Jaish-e-Mohammed" ops=PAK,IND
      : Jaish-e-Mohammed | Jaish-e-Muhammad | Jaish-e-Mohammad | =JeM

# Kashmiri militant group
HIZBUL kind=armed_group name="Hizbul Mujahideen" ops=IND,PAK
      : Hizbul Mujahideen | Hizb-ul-Mujahideen | Hizbul Mujahidin

# Naga separatists (Isak-Muivah and Khaplang factions)
NSCN  kind=armed_group name="National Socialist Council of Nagaland" ops=IND,MMR
      : National Socialist Council of Nagaland | =NSCN | =NSCN-IM | =NSCN-K

# Assamese separatists
ULFA  kind=armed_group name="United Liberation Front of Asom" ops=IND,MMR,BGD
      : United Liberation Front of Asom | United Liberation Front of Assam | =ULFA | =ULFA-I

# Maoist insurgency in central and eastern India
CPI_MAOIST kind=armed_group name="Communist Party of India (Maoist)" ops=IND support=IND
      : Communist Party of India-Maoist | =CPI-Maoist | Naxalites | Naxalite | Naxals | Naxal
      | Naxalite rebels | ?Maoist rebels | ?Maoists | ?Maoist insurgents

# Sikh separatist militants (Khalistan)
BABBAR_KHALSA kind=armed_group name="Babbar Khalsa" ops=IND,PAK
      : Babbar Khalsa | Babbar Khalsa International | Khalistan Commando Force | Khalistan Liberation Force

# Tamil separatist army of Sri Lanka, defeated 2009 (historic)
LTTE  kind=armed_group name="Liberation Tigers of Tamil Eelam" ops=LKA
      : Liberation Tigers of Tamil Eelam | Tamil Tigers | =LTTE | Tigres tamouls | Tigres de libération de l'Eelam tamoul

# ---------------------------------------------------------------------------
# Myanmar, South-East Asia
# ---------------------------------------------------------------------------

# Rakhine ethnic army, controls most of Rakhine State since 2024
ARAKAN_ARMY kind=armed_group name="Arakan Army" ops=MMR,BGD support=MMR
      : Arakan Army | Armée d'Arakan | =?AA | United League of Arakan

# Kachin ethnic army and its political wing
KIA   kind=armed_group name="Kachin Independence Army" ops=MMR support=MMR
      : Kachin Independence Army | Kachin Independence Organisation | Kachin Independence Organization
      | =?KIA | =?KIO

# Palaung (Ta'ang) ethnic army in northern Shan State
TNLA  kind=armed_group name="Ta'ang National Liberation Army" ops=MMR
      : Ta'ang National Liberation Army | Taang National Liberation Army | =TNLA

# Kokang ethnic army; took Lashio in 2024
MNDAA kind=armed_group name="Myanmar National Democratic Alliance Army" ops=MMR
      : Myanmar National Democratic Alliance Army | =MNDAA | Kokang army

# alliance of MNDAA, TNLA and Arakan Army behind Operation 1027
BROTHERHOOD kind=armed_group name="Three Brotherhood Alliance" ops=MMR support=MMR
      : Three Brotherhood Alliance | ?Brotherhood Alliance

# anti-junta militias under the National Unity Government since 2021; every
# form is weak because Uganda, South Sudan, Tanzania and others name their
# state armies "People's Defence Forces"
PDF   kind=armed_group name="People's Defence Force (Myanmar)" ops=MMR support=MMR
      : ?People's Defence Force | ?People's Defense Force | ?People's Defence Forces
      | ?People's Defense Forces | ?Peoples Defence Force | =?PDF

# Wa ethnic army, largest in Myanmar, close to China
UWSA  kind=armed_group name="United Wa State Army" ops=MMR : United Wa State Army | =UWSA

# Karen ethnic movement and its army
KNU   kind=armed_group name="Karen National Union / KNLA" ops=MMR,THA
      : Karen National Union | Karen National Liberation Army | =KNU | =KNLA

# Shan ethnic army (RCSS / SSA-South)
RCSS  kind=armed_group name="Restoration Council of Shan State" ops=MMR
      : Restoration Council of Shan State | =RCSS | Shan State Army-South | Shan State Army

# Karenni ethnic army
KNDF  kind=armed_group name="Karenni Army / KNDF" ops=MMR
      : Karenni Army | Karenni Nationalities Defence Force | =KNDF

# Rohingya insurgents in Rakhine and the Cox's Bazar camps
ARSA  kind=armed_group name="Arakan Rohingya Salvation Army" ops=MMR,BGD
      : Arakan Rohingya Salvation Army | =ARSA

# communist insurgency (CPP-NPA) in the Philippines
NPA   kind=armed_group name="New People's Army" ops=PHL support=PHL
      : New People's Army | New Peoples Army | =CPP-NPA | =?NPA | ?Maoist rebels
      | ?communist rebels

# Sulu/Basilan jihadist kidnapping group
ABU_SAYYAF kind=armed_group name="Abu Sayyaf" ops=PHL,MYS support=PHL
      : Abu Sayyaf | Abu Sayyaf Group | =?ASG

# MILF splinter in Maguindanao
BIFF  kind=armed_group name="Bangsamoro Islamic Freedom Fighters" ops=PHL
      : Bangsamoro Islamic Freedom Fighters | =BIFF

# Moro rebels, signed 2014 peace deal, now run the Bangsamoro region
MILF  kind=armed_group name="Moro Islamic Liberation Front" ops=PHL support=PHL
      : Moro Islamic Liberation Front | =?MILF

# older Moro rebel front (1972-), 1996 peace deal
MNLF  kind=armed_group name="Moro National Liberation Front" ops=PHL
      : Moro National Liberation Front | =MNLF

# IS-aligned group that besieged Marawi in 2017
MAUTE kind=armed_group name="Maute group / Dawlah Islamiyah" ops=PHL
      : Maute group | Dawlah Islamiyah | Dawlah Islamiya

# Malay Muslim separatists in Thailand's Deep South
BRN_THA kind=armed_group name="Barisan Revolusi Nasional" ops=THA support=THA
      : Barisan Revolusi Nasional | =?BRN

# Papuan independence fighters (TPNPB-OPM)
OPM   kind=armed_group name="Free Papua Movement / TPNPB" ops=IDN support=IDN
      : Free Papua Movement | Organisasi Papua Merdeka | =?OPM | =TPNPB
      | West Papua National Liberation Army

# South-East Asian jihadist network behind the 2002 Bali bombings
JI    kind=armed_group name="Jemaah Islamiyah" ops=IDN,PHL,MYS
      : Jemaah Islamiyah | Jemaah Islamiah

# Indonesian IS-aligned network
JAD   kind=armed_group name="Jamaah Ansharut Daulah" ops=IDN : Jamaah Ansharut Daulah

# Pol Pot's movement, guerrilla war until 1998 (historic)
KHMER_ROUGE kind=armed_group name="Khmer Rouge" ops=KHM,THA
      : Khmer Rouge | Khmers rouges | Party of Democratic Kampuchea

# ---------------------------------------------------------------------------
# Americas
# ---------------------------------------------------------------------------

# FARC holdouts that rejected the 2016 accord (EMC of Iván Mordisco and splinters)
FARC_DISSIDENTS kind=armed_group name="FARC dissidents (EMC)" ops=COL,VEN support=COL
      : FARC dissidents | FARC dissident | FARC dissident groups | disidencias de las FARC
      | Estado Mayor Central | Central General Staff | =?EMC | Estado Mayor de Bloques y Frente

# FARC dissident group of Iván Márquez (2019)
SEGUNDA_MARQUETALIA kind=armed_group name="Segunda Marquetalia" ops=COL,VEN
      : Segunda Marquetalia | Second Marquetalia

# Colombian guerrilla 1964-2016, demobilised after the peace accord (historic)
FARC  kind=armed_group name="FARC" ops=COL,VEN,ECU
      : =FARC | =FARC-EP | Revolutionary Armed Forces of Colombia
      | Fuerzas Armadas Revolucionarias de Colombia | Forces armées révolutionnaires de Colombie

# Colombian guerrilla in Arauca, Catatumbo and Venezuela
ELN   kind=armed_group name="National Liberation Army (ELN)" ops=COL,VEN support=COL,VEN
      : Ejército de Liberación Nacional | =ELN | ?National Liberation Army

# Colombia's largest drug-trafficking army (Gaitanistas, Urabeños)
CLAN_DEL_GOLFO kind=armed_group name="Clan del Golfo" ops=COL,PAN support=COL
      : Clan del Golfo | Gulf Clan | Autodefensas Gaitanistas de Colombia | Ejército Gaitanista de Colombia
      | Urabeños | Los Urabeños | =?AGC | =?EGC

# Mexican cartel (Jalisco New Generation)
CJNG  kind=armed_group name="Jalisco New Generation Cartel" ops=MEX,USA
      : Jalisco New Generation Cartel | Cártel de Jalisco Nueva Generación | Jalisco cartel | =CJNG

# Mexican cartel (Sinaloa), split between Chapitos and Mayo factions since 2024
SINALOA kind=armed_group name="Sinaloa Cartel" ops=MEX,USA
      : Sinaloa Cartel | Cártel de Sinaloa | Los Chapitos

# Mexican cartel of Tamaulipas
GULF_CARTEL kind=armed_group name="Gulf Cartel" ops=MEX : Gulf Cartel | Cártel del Golfo

# Zetas and their successor, the Cartel del Noreste
ZETAS kind=armed_group name="Los Zetas / Cartel del Noreste" ops=MEX
      : Los Zetas | Zetas | Cartel del Noreste | Northeast Cartel

# Venezuelan transnational gang
TREN_DE_ARAGUA kind=armed_group name="Tren de Aragua" ops=VEN,COL,PER,CHL,USA : Tren de Aragua

# Central American gang
MS13  kind=armed_group name="MS-13" ops=SLV,HND,GTM,USA
      : Mara Salvatrucha | =MS-13 | =MS13

# Ecuadorian gangs at the centre of the 2024 internal armed conflict
LOS_CHONEROS kind=armed_group name="Los Choneros" ops=ECU : Los Choneros
LOS_LOBOS kind=armed_group name="Los Lobos" ops=ECU support=ECU : Los Lobos gang | ?Los Lobos

# Brazilian criminal factions
PCC   kind=armed_group name="Primeiro Comando da Capital" ops=BRA,PRY support=BRA
      : Primeiro Comando da Capital | =?PCC
COMANDO_VERMELHO kind=armed_group name="Comando Vermelho" ops=BRA support=BRA : Comando Vermelho | ?Red Command

# Haitian gang coalition (G9 + G-Pèp) formed in 2024, Port-au-Prince
VIV_ANSANM kind=armed_group name="Viv Ansanm" ops=HTI : Viv Ansanm

# gang federation of Jimmy "Barbecue" Chérizier
G9    kind=armed_group name="G9 gang federation" ops=HTI support=HTI
      : G9 an Fanmi e Alye | G9 Family and Allies | G9 gang | G9 alliance | =?G9

# rival gang federation of Gabriel Jean-Pierre
G_PEP kind=armed_group name="G-Pèp" ops=HTI support=HTI : =G-Pèp | G-Pèp gang

# gang east of Port-au-Prince (Croix-des-Bouquets), 2021 missionary kidnapping
400_MAWOZO kind=armed_group name="400 Mawozo" ops=HTI : 400 Mawozo | 400 Mawazo

# gang in the Artibonite
GRAN_GRIF kind=armed_group name="Gran Grif" ops=HTI : Gran Grif

# gang of Izo in Village-de-Dieu
5_SEGONN kind=armed_group name="5 Segonn" ops=HTI : 5 Segonn | Cinq Secondes gang

# US-backed Nicaraguan rebels of the 1980s (historic)
CONTRAS kind=armed_group name="Contras" ops=NIC,HND
      : Contras | Contra rebels | =Contra | Nicaraguan Resistance | Nicaraguan Democratic Force

# Salvadoran guerrilla coalition 1980-1992, now a party (historic entry)
FMLN  kind=armed_group name="FMLN" ops=SLV
      : =FMLN | Farabundo Martí National Liberation Front
      | Frente Farabundo Martí para la Liberación Nacional

# Peruvian Maoist guerrilla, remnants in the VRAEM
SHINING_PATH kind=armed_group name="Shining Path" ops=PER
      : Shining Path | Sendero Luminoso | Sentier lumineux

# Peruvian guerrilla of the 1980s-1990s (historic)
MRTA  kind=armed_group name="Túpac Amaru Revolutionary Movement" ops=PER
      : Túpac Amaru Revolutionary Movement | =MRTA | Movimiento Revolucionario Túpac Amaru

# ---------------------------------------------------------------------------
# Europe and former Soviet Union
# ---------------------------------------------------------------------------

# Russian-backed separatist forces of the Donbas, 2014-2022 (absorbed by Russia)
DONBAS_SEPARATISTS kind=armed_group name="Donbas separatists (DPR / LPR)" ops=UKR support=UKR
      : Donetsk People's Republic | Luhansk People's Republic | Lugansk People's Republic
      | pro-Russian separatists | Russian-backed separatists | =?DPR | =?LPR

# Russian volunteer units fighting for Ukraine, raids into Belgorod/Kursk
RVC   kind=armed_group name="Russian Volunteer Corps / Freedom of Russia Legion" ops=RUS,UKR
      : Russian Volunteer Corps | Freedom of Russia Legion

# Irish republican paramilitary 1969-2005 (historic)
IRA   kind=armed_group name="Provisional IRA" ops=GBR,IRL support=GBR,IRL
      : Irish Republican Army | Provisional Irish Republican Army | Provisional IRA | =?IRA

# republican dissidents (Real IRA / New IRA / Continuity IRA)
NEW_IRA kind=armed_group name="New IRA / dissident republicans" ops=GBR,IRL support=GBR,IRL
      : =?New IRA | Real IRA | Continuity IRA | ?dissident republicans

# loyalist paramilitary in Northern Ireland
UVF   kind=armed_group name="Ulster Volunteer Force" ops=GBR support=GBR
      : Ulster Volunteer Force | =?UVF

# Basque separatists, dissolved 2018 (historic)
ETA   kind=armed_group name="ETA" ops=ESP,FRA support=ESP,FRA
      : Euskadi Ta Askatasuna | =?ETA | Basque separatist group ETA

# Italian far-left armed group of the 1970s-1980s (historic)
RED_BRIGADES kind=armed_group name="Red Brigades" ops=ITA
      : Red Brigades | Brigate Rosse | Brigades rouges

# West German far-left armed group until 1998 (historic)
RAF_DEU kind=armed_group name="Red Army Faction" ops=DEU
      : Red Army Faction | Baader-Meinhof | Rote Armee Fraktion | Fraction armée rouge

# Corsican nationalist armed group
FLNC  kind=armed_group name="Corsican National Liberation Front" ops=FRA support=FRA
      : Corsican National Liberation Front | Front de libération nationale corse | =?FLNC
