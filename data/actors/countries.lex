# georisk actors: countries (data/actors/countries.lex)
#
# What: one entry per state that news about geopolitical risk names: the 193 UN member states,
# the two UN observer states (Holy See = VAT, Palestine = PSE), Taiwan (TWN), Kosovo (XKX),
# Western Sahara (ESH), and a few historic states that appear in old news and archives
# (Soviet Union = SUN, Yugoslavia = YUG, Czechoslovakia = CSK; West/East Germany are aliases
# of DEU, Zaire of COD, Burma of MMR, Swaziland of SWZ).
#
# Format (see data/README.md): an entry starts in column 1 with its id, then key=value
# attributes, then ":" and the aliases separated by "|"; indented lines continue the entry.
#   id       ISO 3166-1 alpha-3 code (XKX: user-assigned code for Kosovo; SUN, YUG, CSK: former
#            alpha-3 codes of dissolved states, withdrawn and recorded in ISO 3166-3)
#   kind     always "country" here
#   name     common English short name (display only)
#   tier     power weight for foreign involvement, 1..4 (criteria below)
#   support  alpha-3 codes of land neighbours and closest regional neighbours; a mention of one
#            of them confirms this entry's weak aliases. Given for every entry.
#   successor, until  on a historic state: the state that took its seat and the last day it
#            existed. In an article published until then, the successor's names stand for it
#            ("Moscow" in 1987 is the Soviet Union). Yugoslavia has none: "Serb" named Bosnian
#            Serbs as often as the state.
# Alias prefixes (in this order): "=" exact case, "?" weak (needs a strong alias of the same
# entry or of a support country in the article; may be shared by several entries), "~" place
# (a region or city inside the state: locates events, does not make the state an actor).
# Matching folds case and accents and treats hyphens as spaces, so one spelling with accents
# covers the unaccented one. After folding, every non-weak alias is unique in this file.
#
# What the aliases cover: English short and formal names, common abbreviations, demonyms
# (singular and plural), capitals and seats of power used as metonyms (the Kremlin, the White
# House, Downing Street), former names (Zaire, Burma, Swaziland, Ceylon, Siam, Dahomey, Upper
# Volta, Rhodesia, Persia...), French names and demonyms (masculine, feminine, plurals: much
# African news is in French), and places (~) for regions and cities of conflict-affected states.
# Left out on purpose: lowercase common words and risky short forms (Malé, "Man", "Victoria",
# "Emirates"), names of armed groups and organisations (another file), capitals that host
# international bodies are places, not metonyms (Brussels, The Hague, Geneva, Vienna).
#
# Ambiguity handled here:
#   weak:  Georgia/Georgian (US state), Jordan and Chad (first names; Chad also exact case),
#          Congo/Congolese (COD and COG), Macedonia/Macedonian (Greek region), Tripoli (LBY and
#          LBN), Kashmir and Punjab (IND and PAK), Abyei (SDN and SSD), Essequibo (GUY and
#          VEN), Lake Chad, Lake Kivu, Lake Tanganyika, the Spratly and Paracel Islands,
#          Scarborough Shoal and Borneo (shared places), America (Latin/South/Central/North
#          America), CAR and RCA (Central African Republic), PNG, RSA, capitals shared with
#          other cities (Kingston, Georgetown, Santiago, San José, Nassau, Sucre).
#   exact: =US, =UK, =China, =Turkey, =Guinea, =Chile, =Polish, =Danish, =Swedes, and the
#          upper-case abbreviations (=DRC, =UAE, =KSA, =DPRK, =ROK, =PRC...).
#   weak compounds: "Latin American", "South China Sea", "Gulf of Guinea", "Gulf of Mexico",
#          "Gulf of Oman", "Indian Ocean", "New Guinea" are listed weak only so that they are
#          matched whole (leftmost-longest) instead of as a strong "American", "China",
#          "Guinea", "Mexico", "Oman", "Indian".
#   longer forms that win: "South Sudan" over "Sudan", "North Korea" over "Korea", "Niger Delta"
#          (NGA) over "Niger", "New Mexico" (USA) over "Mexico", "New South Wales" (AUS) over
#          "Wales", "British Columbia" (CAN) over "British", "Bosnian Serb" (BIH) and "Kosovo
#          Serb" (XKX) over "Serb", "Turkish Cypriot" (CYP) over "Turkish".
#   "Korea"/"Korean" alone are taken as South Korea (the ROK's official short name).
#
# Tier criteria (power weight when a state is involved in another's affairs):
#   1  global powers: permanent UN Security Council members with worldwide military reach,
#      strategic nuclear forces and the largest economies and defence budgets: USA, CHN, RUS
#      (and the Soviet Union, SUN, for old news).
#   2  other major powers with global military or economic reach (GBR, FRA, DEU, JPN, ITA, CAN,
#      IND, BRA, AUS, KOR, ZAF: P5, G7 and the largest G20/BRICS economies) and regional
#      heavyweights that routinely project force, money or proxies beyond their neighbours
#      (TUR, SAU, IRN, ISR, ARE, QAT, EGY, PAK).
#   3  middle and regional states: every other state of roughly 5 million people or more, plus
#      smaller states with outsized regional weight (KWT, OMN, SGP). Neighbours that intervene
#      in a focus country (RWA, UGA, BDI, ETH, NGA...) are here: the involvement cue carries
#      that signal, the tier only the power behind it.
#   4  small states: population below roughly 5 million and microstates, with no notable
#      force projection (borderline cases of 5 to 6 million decided by regional weight).
#
# Sources of facts (no text copied): ISO 3166-1 and ISO 3166-3 code lists; the UN list of
# member and observer states; the mledoze "World countries" dataset (mledoze/countries,
# ODbL 1.0, local copy /work/shared/corpora/countries-mledoze; used for facts only: codes,
# spellings, French names, demonyms, capitals, land borders); the CAMEO country codes and
# synonyms of the PETRARCH2/Phoenix dictionaries (openeventdata/petrarch2, MIT,
# /work/shared/corpora/petrarch2-dictionaries) as a cross-check of names and former names;
# general knowledge of administrative divisions for the places. Land neighbours in support=
# follow the mledoze borders, extended by hand with maritime and regional neighbours.
#
# Written by the georisk team. Review any change against the ambiguity notes above.

@signal actor


# ======================================================================
# Africa: Central and Great Lakes
# ======================================================================

# Many places in the east (the Kivus, Ituri) and the mining south (Katanga), where most events are located.
# "Congo" and "Congolese" alone are weak here and in COG; the two do not support each other,
# so that a mention of one never confirms the other's weak aliases.
COD  kind=country name="Democratic Republic of the Congo" tier=3 support=AGO,BDI,CAF,RWA,SSD,TZA,UGA,ZMB,KEN
     : Democratic Republic of the Congo | Democratic Republic of Congo | DR Congo | D.R. Congo
     | DR of Congo | RD Congo | Congo-Kinshasa | =DRC | =D.R.C. | =RDC | =R.D.C. | =DRCongo
     | =RDCongo
     | ?Congolese | Kinshasa | Zaire | Zairean | Zairian | ?Congo | Kinois
     | République démocratique du Congo | ?Congolais | ?Congolaise | ?Congolaises | Zaïrois
     | Zaïroise
     | ~North Kivu | ~South Kivu | ~Nord-Kivu | ~Sud-Kivu | ~Kivu | ~Ituri | ~Goma | ~Bukavu
     | ~Uvira | ~Bunia | ~Djugu | ?~Beni | ~Butembo | ~Lubero | ~Rutshuru | ~Masisi | ~Walikale
     | ~Rubaya | ~Bisie | ~Minembwe | ~Fizi | ~Kamanyola | ~Nyiragongo | ~Virunga
     | ~Katanga | ~Haut-Katanga | ~Lualaba | ~Kolwezi | ~Lubumbashi | ~Likasi | ~Kalemie | ~Kasai
     | ~Kananga | ~Mbuji-Mayi | ~Kisangani | ~Tshopo | ~Maniema | ~Kindu | ~Haut-Uele | ~Bas-Uele
     | ~Mbandaka | ~Kongo Central | ~Matadi
     | ?~Lake Kivu | ?~Lake Tanganyika

# "Congo" and "Congolese" alone are weak here and in COD (see there).
COG  kind=country name="Republic of the Congo" tier=3 support=AGO,CMR,CAF,GAB
     : Republic of the Congo | Republic of Congo | Congo Republic | Congo-Brazzaville | Congo-Brazza
     | Brazzaville | ?Congo | ?Congolese
     | République du Congo | ?Congolais | ?Congolaise | ?Congolaises | Brazzavillois
     | ~Pointe-Noire | ~Dolisie | ~Ouesso

# "Central African" is exact case: "a central African country" names the region.
CAF  kind=country name="Central African Republic" tier=3 support=CMR,TCD,COD,COG,SSD,SDN
     : Central African Republic | =?CAR | =?C.A.R. | =?Central African | =?Central Africans | Bangui
     | République centrafricaine | Centrafrique | =?RCA | Centrafricain | Centrafricaine
     | Centrafricains | Centrafricaines
     | ~Bambari | ~Bria | ~Birao | ~Bangassou | ~Bossangoa | ~Kaga-Bandoro | ~Ndélé | ~Obo | ~Paoua
     | ~Bouar | ~Berbérati | ~Vakaga | ~Haute-Kotto

RWA  kind=country name="Rwanda" tier=3 support=BDI,COD,TZA,UGA,KEN
     : Rwanda | Republic of Rwanda | Rwandan | Rwandans | Kigali
     | République rwandaise | République du Rwanda | Rwandais | Rwandaise | Rwandaises
     | ~Gisenyi | ~Rubavu | ~Musanze | ~Ruhengeri | ~Rusizi | ~Cyangugu | ~Huye
     | ?~Lake Kivu

UGA  kind=country name="Uganda" tier=3 support=COD,KEN,RWA,SSD,TZA
     : Uganda | Republic of Uganda | Ugandan | Ugandans | Kampala
     | Ouganda | République de l'Ouganda | Ougandais | Ougandaise | Ougandaises
     | ~Gulu | ~Kasese | ~Entebbe | ~Karamoja | ~Arua | ~Bundibugyo | ~Mbarara | ~Kisoro

BDI  kind=country name="Burundi" tier=3 support=COD,RWA,TZA,KEN
     : Burundi | Republic of Burundi | Burundian | Burundians | Gitega | Bujumbura
     | République du Burundi | Burundais | Burundaise | Burundaises
     | ~Cibitoke | ~Bubanza | ~Rumonge | ~Makamba
     | ?~Lake Tanganyika

TZA  kind=country name="Tanzania" tier=3 support=BDI,COD,KEN,MWI,MOZ,RWA,UGA,ZMB
     : Tanzania | United Republic of Tanzania | Tanzanian | Tanzanians | Dodoma | Dar es Salaam
     | Tanganyika
     | Tanzanie | République unie de Tanzanie | Tanzanien | Tanzanienne | Tanzaniens | Tanzaniennes
     | ~Zanzibar | ~Arusha | ~Mtwara | ~Kigoma | ~Mwanza | ~Pemba Island
     | ?~Lake Tanganyika

KEN  kind=country name="Kenya" tier=3 support=ETH,SOM,SSD,TZA,UGA
     : Kenya | Republic of Kenya | Kenyan | Kenyans | Nairobi
     | République du Kenya | Kényane | Kényanes
     | ~Mombasa | ~Garissa | ~Lamu | ~Mandera | ~Wajir | ~Turkana | ~Kisumu | ~Marsabit | ~Eldoret

# Zambia shares Lake Tanganyika with TZA, COD and BDI.
ZMB  kind=country name="Zambia" tier=3 support=AGO,BWA,COD,MWI,MOZ,NAM,TZA,ZWE
     : Zambia | Republic of Zambia | Zambian | Zambians | Lusaka | Northern Rhodesia
     | Zambie | République de Zambie | Zambien | Zambienne | Zambiens | Zambiennes
     | ~Copperbelt | ~Ndola | ~Kitwe | ~Solwezi
     | ?~Lake Tanganyika

AGO  kind=country name="Angola" tier=3 support=COG,COD,ZMB,NAM
     : Angola | Republic of Angola | Angolan | Angolans | Luanda
     | République d'Angola | Angolais | Angolaise | Angolaises
     | ~Cabinda | ~Lunda Norte | ~Lunda Sul | ~Huambo | ~Benguela | ~Lobito

CMR  kind=country name="Cameroon" tier=3 support=CAF,TCD,COG,GNQ,GAB,NGA,NER
     : Cameroon | Republic of Cameroon | Cameroonian | Cameroonians | Yaoundé
     | Cameroun | République du Cameroun | Camerounais | Camerounaise | Camerounaises
     | ~Douala | ~Bamenda | ~Buea | ~Maroua | ~Extrême-Nord | ~Far North Region | ~Kousseri
     | ~Garoua
     | ?~Lake Chad

GAB  kind=country name="Gabon" tier=4 support=CMR,COG,GNQ,STP
     : Gabon | Gabonese Republic | Gabonese | Libreville
     | République gabonaise | Gabonais | Gabonaise | Gabonaises
     | ~Port-Gentil | ~Franceville

GNQ  kind=country name="Equatorial Guinea" tier=4 support=CMR,GAB,STP,NGA
     : Equatorial Guinea | Republic of Equatorial Guinea | Equatorial Guinean | Equatorial Guineans
     | Equatoguinean | Malabo
     | Guinée équatoriale | République de Guinée équatoriale | Équato-guinéen | Équato-guinéenne
     | Équato-guinéens | Équato-guinéennes | Guinea Ecuatorial
     | ~Bioko

STP  kind=country name="São Tomé and Príncipe" tier=4 support=GAB,GNQ,CMR,NGA
     : São Tomé and Príncipe | Sao Tomean | Santomean
     | Sao Tomé-et-Principe | Santoméen | Santoméenne | Santoméens | Santoméennes

# Tchad: "Chad" is also a first name, so it is weak and exact case.
TCD  kind=country name="Chad" tier=3 support=CMR,CAF,LBY,NER,NGA,SDN
     : =?Chad | Republic of Chad | Chadian | Chadians | N'Djamena | Ndjamena
     | Tchad | République du Tchad | Tchadien | Tchadienne | Tchadiens | Tchadiennes
     | ~Abéché | ~Tibesti | ~Moundou | ~Ennedi | ~Adré
     | ?~Lake Chad


# ======================================================================
# Africa: Horn, Nile and East
# ======================================================================

# Sudan: "South Sudan" is a longer alias and wins; Abyei is disputed (weak in SDN and SSD).
SDN  kind=country name="Sudan" tier=3 support=CAF,TCD,EGY,ERI,ETH,LBY,SSD
     : Sudan | Republic of the Sudan | Republic of Sudan | Sudanese | Khartoum | Omdurman
     | Soudan | République du Soudan | Soudanais | Soudanaise | Soudanaises
     | ~Darfur | ~North Darfur | ~South Darfur | ~West Darfur | ~Central Darfur | ~East Darfur
     | ~El Fasher | ~Al-Fashir | ~Nyala | ~Geneina | ~El Geneina | ~Zalingei | ~Zamzam camp
     | ~Kordofan | ~South Kordofan | ~North Kordofan | ~West Kordofan | ~El Obeid | ~Kadugli
     | ~Babanusa | ~Blue Nile State | ~Port Sudan | ~Wad Madani | ~Gezira | ~Al Jazirah | ~Kassala
     | ~Gedaref | ~Sennar
     | ?~Abyei

SSD  kind=country name="South Sudan" tier=3 support=CAF,COD,ETH,KEN,SDN,UGA
     : South Sudan | Republic of South Sudan | South Sudanese | Juba
     | Soudan du Sud | République du Soudan du Sud | Sud-Soudanais | Sud-Soudanaise
     | Sud-Soudanaises
     | ~Malakal | ~Bor | ~Jonglei | ~Upper Nile | ~Unity State | ~Bentiu | ~Wau | ~Yei | ~Equatoria
     | ~Renk | ~Pibor
     | ?~Abyei

ETH  kind=country name="Ethiopia" tier=3 support=DJI,ERI,KEN,SOM,SSD,SDN
     : Ethiopia | Federal Democratic Republic of Ethiopia | Ethiopian | Ethiopians | Addis Ababa
     | Addis | Abyssinia
     | Éthiopie | République fédérale démocratique d'Éthiopie | Éthiopien | Éthiopienne | Éthiopiens
     | Éthiopiennes | Addis-Abeba
     | ~Tigray | ~Mekelle | ~Amhara | ~Oromia | ~Gondar | ~Bahir Dar | ~Afar Region | ~Ogaden
     | ~Somali Region | ~Dire Dawa | ~Lalibela | ~Gambella | ~Benishangul-Gumuz | ~Humera

ERI  kind=country name="Eritrea" tier=4 support=DJI,ETH,SDN,YEM
     : Eritrea | State of Eritrea | Eritrean | Eritreans | Asmara
     | Érythrée | État d'Érythrée | Érythréen | Érythréenne | Érythréens | Érythréennes
     | ~Massawa | ~Assab

DJI  kind=country name="Djibouti" tier=4 support=ERI,ETH,SOM,YEM
     : Djibouti | Republic of Djibouti | Djiboutian | Djiboutians
     | République de Djibouti | Djiboutien | Djiboutienne | Djiboutiens | Djiboutiennes
     | ~Tadjoura | ~Obock

SOM  kind=country name="Somalia" tier=3 support=DJI,ETH,KEN,YEM
     : Somalia | Federal Republic of Somalia | Somali | Somalis | Somalian | Mogadishu
     | Somalie | République fédérale de Somalie | Somalien | Somalienne | Somaliens | Somaliennes
     | Mogadiscio
     | ~Puntland | ~Somaliland | ~Hargeisa | ~Berbera | ~Bosaso | ~Garowe | ~Kismayo | ~Baidoa
     | ~Beledweyne | ~Jubaland | ~Galmudug | ~Hirshabelle | ~South West State | ~Lower Shabelle
     | ~Middle Shabelle | ~Gedo | ~Afgooye | ~Las Anod


# ======================================================================
# Africa: Southern and Indian Ocean
# ======================================================================

MOZ  kind=country name="Mozambique" tier=3 support=MWI,ZAF,SWZ,TZA,ZMB,ZWE
     : Mozambique | Republic of Mozambique | Mozambican | Mozambicans | Maputo | Moçambique
     | République du Mozambique | Mozambicain | Mozambicaine | Mozambicains | Mozambicaines
     | ~Cabo Delgado | ~Mocímboa da Praia | ~Montepuez | ~Macomia | ~Quissanga | ~Afungi | ~Beira
     | ~Nampula | ~Niassa | ~Sofala | ~Manica | ~Inhambane | ~Zambezia

MWI  kind=country name="Malawi" tier=3 support=MOZ,TZA,ZMB
     : Malawi | Republic of Malawi | Malawian | Malawians | Lilongwe | Nyasaland
     | République du Malawi | Malawien | Malawienne | Malawiens | Malawiennes
     | ~Blantyre | ~Mzuzu

ZWE  kind=country name="Zimbabwe" tier=3 support=BWA,MOZ,ZAF,ZMB
     : Zimbabwe | Republic of Zimbabwe | Zimbabwean | Zimbabweans | Harare | Rhodesia
     | Southern Rhodesia | Rhodesian
     | République du Zimbabwe | Zimbabwéen | Zimbabwéenne | Zimbabwéens | Zimbabwéennes
     | ~Bulawayo | ~Matabeleland | ~Marange | ~Mashonaland

ZAF  kind=country name="South Africa" tier=2 support=BWA,LSO,MOZ,NAM,SWZ,ZWE
     : South Africa | Republic of South Africa | South African | South Africans | Pretoria | =?RSA
     | Afrique du Sud | République d'Afrique du Sud | Sud-Africain | Sud-Africaine | Sud-Africains
     | Sud-Africaines
     | ~Cape Town | ~Johannesburg | ~Durban | ~KwaZulu-Natal | ~Gauteng | ~Soweto | ~Limpopo

NAM  kind=country name="Namibia" tier=4 support=AGO,BWA,ZAF,ZMB
     : Namibia | Republic of Namibia | Namibian | Namibians | Windhoek
     | Namibie | République de Namibie | Namibien | Namibienne | Namibiens | Namibiennes
     | ~Walvis Bay | ~Caprivi

BWA  kind=country name="Botswana" tier=4 support=NAM,ZAF,ZMB,ZWE
     : Botswana | Republic of Botswana | Motswana | Batswana | Botswanan | Gaborone | Bechuanaland
     | République du Botswana | Botswanais | Botswanaise | Botswanaises
     | ~Francistown | ~Jwaneng | ~Orapa

LSO  kind=country name="Lesotho" tier=4 support=ZAF,BWA,SWZ
     : Lesotho | Kingdom of Lesotho | Mosotho | Basotho | Maseru | Basutoland
     | Royaume du Lesotho | Lésothien | Lésothienne | Lésothiens | Lésothiennes

# Swaziland: former name (renamed Eswatini in 2018).
SWZ  kind=country name="Eswatini" tier=4 support=MOZ,ZAF,LSO
     : Eswatini | Kingdom of Eswatini | Swaziland | Kingdom of Swaziland | Swazi | Swazis | Mbabane
     | Lobamba
     | Royaume d'Eswatini | Royaume du Swaziland | Swazie | Swazies

MDG  kind=country name="Madagascar" tier=3 support=MUS,COM,SYC,MOZ,ZAF
     : Madagascar | Republic of Madagascar | Malagasy | Antananarivo | Tananarive
     | République de Madagascar | Malgache | Malgaches
     | ~Toamasina | ~Mahajanga | ~Toliara

COM  kind=country name="Comoros" tier=4 support=MDG,MOZ,TZA,SYC,MUS,FRA
     : Comoros | Union of the Comoros | Comorian | Comorians | Comoran
     | Comores | Union des Comores | Comorien | Comorienne | Comoriens | Comoriennes
     | ~Anjouan | ~Mohéli | ~Grande Comore

# Chagos: the UK agreed in 2025 to transfer sovereignty to Mauritius (Diego Garcia leased back).
MUS  kind=country name="Mauritius" tier=4 support=MDG,SYC,COM,IND
     : Mauritius | Republic of Mauritius | Mauritian | Mauritians | Port Louis
     | Île Maurice | République de Maurice | Mauricien | Mauricienne | Mauriciens | Mauriciennes
     | ~Rodrigues | ~Chagos Archipelago | ~Chagos Islands | ~Diego Garcia

SYC  kind=country name="Seychelles" tier=4 support=MUS,MDG,COM,KEN,TZA,IND
     : Seychelles | Republic of Seychelles | Seychellois | Seychelloise | Seychelloises
     | République des Seychelles


# ======================================================================
# Africa: West and Sahel
# ======================================================================

NGA  kind=country name="Nigeria" tier=3 support=BEN,CMR,TCD,NER,GHA
     : Nigeria | Federal Republic of Nigeria | Nigerian | Nigerians | Abuja
     | République fédérale du Nigeria | Nigériane | Nigérianes
     | ~Borno | ~Maiduguri | ~Yobe | ~Adamawa | ~Zamfara | ~Katsina | ~Kaduna | ~Sokoto | ~Kebbi
     | ~Kano | ~Plateau State | ~Jos | ~Benue | ~Niger State | ~Chibok | ~Gwoza
     | ~Niger Delta | ~Rivers State | ~Port Harcourt | ~Bayelsa | ~Delta State | ~Lagos
     | ~Benin City | ~Biafra
     | ?~Lake Chad

# "Niger" is safe as a whole word ("Nigeria" is another word); Niger Delta and Niger State belong to NGA.
NER  kind=country name="Niger" tier=3 support=DZA,BEN,BFA,TCD,LBY,MLI,NGA
     : Niger | Republic of Niger | Nigerien | Nigeriens | Niamey
     | République du Niger | Nigérienne | Nigériennes
     | ~Tillabéri | ~Tillabéry | ~Diffa | ~Agadez | ~Tahoua | ~Maradi | ~Zinder | ~Arlit | ~Dosso
     | ~Tassara | ?~Liptako-Gourma
     | ?~Lake Chad

MLI  kind=country name="Mali" tier=3 support=DZA,BFA,GIN,CIV,MRT,NER,SEN
     : Mali | Republic of Mali | Malian | Malians | Bamako
     | République du Mali | Malien | Malienne | Maliens | Maliennes
     | ?~Gao | ~Timbuktu | ~Tombouctou | ~Kidal | ~Mopti | ~Ségou | ~Ménaka | ~Sikasso | ~Kayes
     | ~Tessalit | ~Douentza | ~Djenné | ~Nioro du Sahel | ~Tinzaouaten | ~Azawad | ?~Liptako-Gourma

BFA  kind=country name="Burkina Faso" tier=3 support=BEN,CIV,GHA,MLI,NER,TGO
     : Burkina Faso | Burkina | Burkinabe | Burkinabes | Ouagadougou | Ouaga | Upper Volta
     | Haute-Volta | Voltaïque
     | ~Djibo | ~Dori | ~Fada N'Gourma | ~Ouahigouya | ~Bobo-Dioulasso | ~Arbinda | ~Barsalogho
     | ~Soum | ~Titao | ~Diapaga | ?~Liptako-Gourma

MRT  kind=country name="Mauritania" tier=4 support=DZA,MLI,SEN,ESH
     : Mauritania | Islamic Republic of Mauritania | Mauritanian | Mauritanians | Nouakchott
     | Mauritanie | République islamique de Mauritanie | Mauritanien | Mauritanienne | Mauritaniens
     | Mauritaniennes
     | ~Nouadhibou | ~Zouerate | ~Mbera

SEN  kind=country name="Senegal" tier=3 support=GMB,GIN,GNB,MLI,MRT,CPV
     : Senegal | Republic of Senegal | Senegalese | Dakar
     | République du Sénégal | Sénégalais | Sénégalaise | Sénégalaises
     | ~Casamance | ~Ziguinchor | ~Touba

GMB  kind=country name="The Gambia" tier=4 support=SEN,GNB
     : Gambia | The Gambia | Republic of the Gambia | Gambian | Gambians | Banjul
     | Gambie | République de Gambie | Gambien | Gambienne | Gambiens | Gambiennes

GNB  kind=country name="Guinea-Bissau" tier=4 support=GIN,SEN,GMB
     : Guinea-Bissau | Republic of Guinea-Bissau | Bissau-Guinean | Bissau-Guineans | Bissau
     | Guinée-Bissau | République de Guinée-Bissau | Bissau-Guinéen | Bissau-Guinéenne
     | Bissau-Guinéens | Bissau-Guinéennes

# Guinea: exact case, to avoid "guinea pig" and the old coin.
GIN  kind=country name="Guinea" tier=3 support=CIV,GNB,LBR,MLI,SEN,SLE
     : =Guinea | Republic of Guinea | Guinea-Conakry | Guinean | Guineans | Conakry
     | Guinée | République de Guinée | Guinée-Conakry | Guinéen | Guinéenne | Guinéens | Guinéennes
     | ~Kankan | ~Nzérékoré | ~Simandou | ~Boké | ~Kindia | ~Labé
     # "Gulf of Guinea" is weak so that it does not read as a strong "Guinea".
     | ?Gulf of Guinea

SLE  kind=country name="Sierra Leone" tier=3 support=GIN,LBR
     : Sierra Leone | Republic of Sierra Leone | Sierra Leonean | Sierra Leoneans | Freetown
     | République de Sierra Leone | Sierra-Léonais | Sierra-Léonaise | Sierra-Léonaises
     | ?~Kono | ~Kenema | ~Bo District

LBR  kind=country name="Liberia" tier=4 support=GIN,CIV,SLE
     : Liberia | Republic of Liberia | Liberian | Liberians | Monrovia
     | République du Libéria | Libérien | Libérienne | Libériens | Libériennes
     | ~Nimba | ~Lofa

CIV  kind=country name="Côte d'Ivoire" tier=3 support=BFA,GHA,GIN,LBR,MLI
     : Côte d'Ivoire | Ivory Coast | Republic of Côte d'Ivoire | Ivorian | Ivorians
     | Yamoussoukro | Abidjan
     | République de Côte d'Ivoire | Ivoirien | Ivoirienne | Ivoiriens | Ivoiriennes
     | ~Bouaké | ~Korhogo | ~Man Region | ~San-Pédro | ~Tengréla

GHA  kind=country name="Ghana" tier=3 support=BFA,CIV,TGO,NGA
     : Ghana | Republic of Ghana | Ghanaian | Ghanaians | Accra
     | République du Ghana | Ghanéen | Ghanéenne | Ghanéens | Ghanéennes
     | ~Kumasi | ~Bawku | ~Obuasi

TGO  kind=country name="Togo" tier=3 support=BEN,BFA,GHA
     : Togo | Togolese Republic | Togolese | Lomé
     | République togolaise | Togolais | Togolaise | Togolaises
     | ~Dapaong | ~Kara Region | ~Sokodé

BEN  kind=country name="Benin" tier=3 support=BFA,NER,NGA,TGO
     : Benin | Republic of Benin | Beninese | Porto-Novo | Cotonou | Dahomey
     | République du Bénin | Béninois | Béninoise | Béninoises | Dahoméen
     | ~Alibori | ~Atacora | ~Parakou | ~Pendjari | ~W National Park

CPV  kind=country name="Cabo Verde" tier=4 support=SEN,GMB,GNB,MRT
     : Cabo Verde | Cape Verde | Republic of Cabo Verde | Cape Verdean | Cape Verdeans
     | Cabo Verdean | Praia
     | Cap-Vert | République du Cap-Vert | Cap-Verdien | Cap-Verdienne | Cap-Verdiens
     | Cap-Verdiennes


# ======================================================================
# Africa: North
# ======================================================================

EGY  kind=country name="Egypt" tier=2 support=ISR,LBY,PSE,SDN
     : Egypt | Arab Republic of Egypt | Egyptian | Egyptians | Cairo
     | Égypte | République arabe d'Égypte | Égyptien | Égyptienne | Égyptiens | Égyptiennes
     | Le Caire
     | ~Sinai | ~North Sinai | ?~Alexandria | ~Alexandrie | ~Suez | ~Suez Canal | ~Ismailia
     | ~Port Said | ~Arish | ~El Arish | ~Aswan | ~Luxor | ~Sharm el-Sheikh

# Tripoli is also a city in Lebanon: weak in both LBY and LBN.
LBY  kind=country name="Libya" tier=3 support=DZA,TCD,EGY,NER,SDN,TUN,MLT,ITA
     : Libya | State of Libya | Libyan | Libyans | ?Tripoli
     | Libye | État de Libye | Libyen | Libyenne | Libyens | Libyennes
     | ~Benghazi | ~Misrata | ~Misurata | ~Sirte | ~Derna | ~Sabha | ~Fezzan | ~Cyrenaica
     | ~Tripolitania | ~Zawiya | ~Tobruk | ~Kufra | ~Ajdabiya | ~Bani Walid | ~Tarhuna | ~Ras Lanuf
     | ~Brega | ~Ubari

TUN  kind=country name="Tunisia" tier=3 support=DZA,LBY,ITA
     : Tunisia | Tunisian Republic | Republic of Tunisia | Tunisian | Tunisians | Tunis
     | Tunisie | République tunisienne | Tunisien | Tunisienne | Tunisiens | Tunisiennes
     | ~Sfax | ~Sousse | ~Kasserine | ~Ben Guerdane | ~Gafsa | ~Sidi Bouzid | ~Djerba
     | ~Mount Chaambi

DZA  kind=country name="Algeria" tier=3 support=TUN,LBY,NER,ESH,MRT,MLI,MAR
     : Algeria | People's Democratic Republic of Algeria | Algerian | Algerians | Algiers
     | Algérie | République algérienne démocratique et populaire | Algérien | Algérienne | Algériens
     | Algériennes | Alger
     | ~Oran | ?~Constantine | ~Tamanrasset | ~Kabylie | ~Kabylia | ~Tindouf | ~In Amenas
     | ~Hassi Messaoud | ~Ouargla

# Morocco administers most of Western Sahara (ESH), a separate entry here.
MAR  kind=country name="Morocco" tier=3 support=DZA,ESH,ESP,MRT
     : Morocco | Kingdom of Morocco | Moroccan | Moroccans | Rabat
     | Maroc | Royaume du Maroc | Marocain | Marocaine | Marocains | Marocaines
     | ~Casablanca | ~Marrakesh | ~Marrakech | ~Tangier | ~Tanger | ~Fès | ~Agadir | ~Oujda
     | ~Al Hoceima | ~Nador

# Western Sahara: non-self-governing territory on the UN list; the Sahrawi Arab Democratic
# Republic (SADR) is an AU member. Laayoune is the main city (Moroccan administration).
ESH  kind=country name="Western Sahara" tier=4 support=MAR,DZA,MRT
     : Western Sahara | Sahrawi Arab Democratic Republic | Sahrawi | Sahrawis | Saharawi | Saharawis
     | =SADR
     | Sahara occidental | République arabe sahraouie démocratique | =RASD | Sahraoui | Sahraouie
     | Sahraouis | Sahraouies
     | ~Laayoune | ~El Aaiún | ~Dakhla | ~Smara | ~Tifariti | ~Guerguerat | ~Bir Lehlou


# ======================================================================
# Middle East
# ======================================================================

ISR  kind=country name="Israel" tier=2 support=EGY,JOR,LBN,PSE,SYR,USA
     : Israel | State of Israel | Israeli | Israelis | Tel Aviv | Knesset | Jewish state
     | État d'Israël | Israélien | Israélienne | Israéliens | Israéliennes | État hébreu
     # Jerusalem: seat of the Israeli government; its status is disputed (East Jerusalem is listed under PSE).
     | ~Jerusalem | ~West Jerusalem | ~Haifa | ~Ashkelon | ~Ashdod | ~Sderot | ~Negev | ~Eilat
     | ~Beersheba | ~Kiryat Shmona | ~Galilee | ~Dimona

# Palestine: UN observer state. Gaza and the West Bank are places inside it.
PSE  kind=country name="Palestine" tier=3 support=ISR,EGY,JOR,LBN,SYR
     : Palestine | State of Palestine | Palestinian | Palestinians | Palestinian territories
     | Occupied Palestinian Territory | Ramallah
     | État de Palestine | Palestinien | Palestinienne | Palestiniens | Palestiniennes
     | Territoires palestiniens
     | ~Gaza | ~Gaza Strip | ~Gaza City | ~Bande de Gaza | ~West Bank | ~Cisjordanie
     | ~East Jerusalem | ~Jérusalem-Est | ~Jenin | ~Nablus | ~Hebron | ~Rafah | ~Khan Younis
     | ~Khan Yunis | ~Jabalia | ~Deir al-Balah | ~Tulkarm | ~Beit Lahia | ~Beit Hanoun | ~Nuseirat
     | ~Bethlehem | ~Jericho | ~Qalqilya

# "Jordan" is also a first name and a river: weak, confirmed by the region.
JOR  kind=country name="Jordan" tier=3 support=IRQ,ISR,PSE,SAU,SYR,LBN,EGY
     : ?Jordan | Hashemite Kingdom of Jordan | Jordanian | Jordanians | Amman
     | Jordanie | Royaume hachémite de Jordanie | Jordanien | Jordanienne | Jordaniens
     | Jordaniennes
     | ~Zarqa | ~Aqaba | ~Irbid | ~Zaatari | ~Mafraq

LBN  kind=country name="Lebanon" tier=3 support=ISR,SYR,CYP,PSE
     : Lebanon | Lebanese Republic | Lebanese | Beirut | ?Tripoli
     | Liban | République libanaise | Libanais | Libanaise | Libanaises | Beyrouth
     | ~Bekaa | ~Bekaa Valley | ?~Tyre | ~Sidon | ~Nabatieh | ~Baalbek | ~Dahieh | ~Litani
     | ~South Lebanon | ~Sud-Liban | ~Marjayoun | ~Bint Jbeil

# Golan Heights: listed under SYR (internationally recognised as Syrian territory occupied by Israel).
SYR  kind=country name="Syria" tier=3 support=IRQ,ISR,JOR,LBN,TUR
     : Syria | Syrian Arab Republic | Syrian | Syrians | Damascus
     | Syrie | République arabe syrienne | Syrien | Syrienne | Syriens | Syriennes | Damas
     | ~Idlib | ~Aleppo | ~Alep | ~Homs | ~Hama | ~Deir ez-Zor | ~Deir ez-Zour | ~Deir al-Zour
     | ~Raqqa | ~Latakia | ~Lattaquié | ~Tartus | ~Daraa | ~Deraa | ~Qamishli | ~Kobani | ~Afrin
     | ~Manbij | ~Hasakah | ~Suwayda | ~Sweida | ~Palmyra | ~Ghouta | ~Eastern Ghouta
     | ~Golan Heights | ~Golan | ~Quneitra | ~Al-Hol | ~Al-Tanf | ~Abu Kamal

IRQ  kind=country name="Iraq" tier=3 support=IRN,JOR,KWT,SAU,SYR,TUR
     : Iraq | Republic of Iraq | Iraqi | Iraqis | Baghdad
     | Irak | République d'Irak | Irakien | Irakienne | Irakiens | Irakiennes | Bagdad
     | ~Kurdistan Region | ~Iraqi Kurdistan | ~Kurdistan irakien | ~Erbil | ~Irbil | ~Mosul
     | ~Mossoul | ~Kirkuk | ~Basra | ~Bassora | ~Fallujah | ~Ramadi | ~Anbar | ~Sinjar | ~Tikrit
     | ~Najaf | ~Karbala | ~Sulaymaniyah | ~Nineveh | ~Duhok | ~Samarra | ~Diyala

IRN  kind=country name="Iran" tier=2 support=AFG,ARM,AZE,IRQ,PAK,TUR,TKM,SAU,ARE,ISR
     : Iran | Islamic Republic of Iran | Iranian | Iranians | Tehran | Teheran | Persia
     | République islamique d'Iran | Iranien | Iranienne | Iraniens | Iraniennes
     | ~Isfahan | ~Natanz | ~Fordow | ~Bushehr | ~Bandar Abbas | ~Mashhad | ~Qom | ~Tabriz
     | ~Khuzestan | ~Ahvaz | ~Sistan and Baluchestan | ~Zahedan | ~Kharg Island

SAU  kind=country name="Saudi Arabia" tier=2 support=IRQ,JOR,KWT,OMN,QAT,ARE,YEM,BHR,EGY
     : Saudi Arabia | Kingdom of Saudi Arabia | Saudi | Saudis | Saudi Arabian | =KSA | Riyadh
     | Arabie saoudite | Royaume d'Arabie saoudite | Saoudien | Saoudienne | Saoudiens | Saoudiennes
     | Riyad
     | ~Jeddah | ~Djeddah | ?~Mecca | ~La Mecque | ~Medina | ~Dammam | ~Jizan | ~Najran | ~Abqaiq
     | ~Ras Tanura | ~NEOM

YEM  kind=country name="Yemen" tier=3 support=OMN,SAU,DJI,ERI,SOM
     : Yemen | Republic of Yemen | Yemeni | Yemenis | Yemenite | Sanaa | Sana'a
     | République du Yémen | Yéménites
     | ~Aden | ~Hodeidah | ~Hudaydah | ~Hodeida | ~Marib | ~Taiz | ~Saada | ~Hadramout | ~Hadramawt
     | ~Mukalla | ~Shabwa | ~Abyan | ~Lahij | ~Socotra | ~Ras Isa

OMN  kind=country name="Oman" tier=3 support=SAU,ARE,YEM,IRN
     : Oman | Sultanate of Oman | Omani | Omanis | Muscat
     | Sultanat d'Oman | Omanais | Omanaise | Omanaises | Mascate
     | ~Salalah | ~Dhofar | ~Musandam | ~Duqm | ?Gulf of Oman

# United Arab Emirates: "Emirates" alone is left out (the airline).
ARE  kind=country name="United Arab Emirates" tier=2 support=OMN,SAU,QAT,BHR,IRN
     : United Arab Emirates | =UAE | =U.A.E. | Emirati | Emiratis | Abu Dhabi
     | Émirats arabes unis | Émirats | =EAU | Émirien | Émirienne | Émiriens | Émiriennes
     | Abou Dhabi
     | ~Dubai | ~Sharjah | ~Fujairah | ~Ras al-Khaimah

# Qatar: tier 2 for financial reach and standing as mediator and sponsor abroad.
QAT  kind=country name="Qatar" tier=2 support=SAU,BHR,ARE,IRN
     : Qatar | State of Qatar | Qatari | Qataris | Doha
     | État du Qatar | Qatarien | Qatarienne | Qatariens | Qatariennes
     | ~Al Udeid | ~Ras Laffan

KWT  kind=country name="Kuwait" tier=3 support=IRQ,SAU,IRN
     : Kuwait | State of Kuwait | Kuwaiti | Kuwaitis | Kuwait City
     | Koweït | État du Koweït | Koweïtien | Koweïtienne | Koweïtiens | Koweïtiennes | Koweït City

BHR  kind=country name="Bahrain" tier=4 support=SAU,QAT,ARE,IRN,KWT
     : Bahrain | Kingdom of Bahrain | Bahraini | Bahrainis | Manama
     | Bahreïn | Royaume de Bahreïn | Bahreïnien | Bahreïnienne | Bahreïniens | Bahreïniennes

# Türkiye: exact "Turkey" (the bird is lowercase).
TUR  kind=country name="Türkiye" tier=2 support=ARM,AZE,BGR,GEO,GRC,IRN,IRQ,SYR,CYP
     : =Turkey | Türkiye | Republic of Türkiye | Republic of Turkey | Turkish | Turk | Turks
     | Ankara
     | Turquie | République de Turquie | Turc | Turque | Turcs | Turques
     | ~Istanbul | ~Diyarbakir | ~Hatay | ~Gaziantep | ~Sanliurfa | ~Incirlik | ~Izmir | ~Kilis
     | ~Mardin | ~Hakkari | ~Sirnak | ~Bosphorus

# Cyprus: "Turkish Cypriot" and "Greek Cypriot" are listed so that they are not read as TUR or GRC;
# the self-declared northern state is recognised only by Türkiye and is a place here.
CYP  kind=country name="Cyprus" tier=4 support=GRC,TUR,GBR,LBN,ISR,SYR
     : Cyprus | Republic of Cyprus | Cypriot | Cypriots | Nicosia | Turkish Cypriot
     | Turkish Cypriots | Greek Cypriot | Greek Cypriots
     | Chypre | République de Chypre | Chypriote | Chypriotes | Chypriote grec | Chypriotes grecs
     | Chypriote turc | Chypriotes turcs | Nicosie
     | ~Northern Cyprus | ~North Cyprus | ~Chypre du Nord | ~Limassol | ~Larnaca | ~Famagusta


# ======================================================================
# Asia: Central and South
# ======================================================================

AFG  kind=country name="Afghanistan" tier=3 support=IRN,PAK,TKM,UZB,TJK,CHN
     : Afghanistan | Islamic Republic of Afghanistan | Afghan | Afghans | Kabul
     | Afghane | Afghanes | Kaboul
     | ~Kandahar | ~Helmand | ~Herat | ~Kunduz | ~Mazar-i-Sharif | ~Jalalabad | ~Nangarhar
     | ~Panjshir | ~Bagram | ~Ghazni | ~Khost | ~Badakhshan | ~Kunar | ~Paktika | ~Paktia | ~Wakhan
     | ~Uruzgan | ~Farah Province | ~Spin Boldak | ~Torkham

# Kashmir is disputed between India and Pakistan (and China): the administered parts are listed
# under each; the bare name is weak in both. Punjab is split between the two: weak in both.
PAK  kind=country name="Pakistan" tier=2 support=AFG,CHN,IND,IRN,BGD
     : Pakistan | Islamic Republic of Pakistan | Pakistani | Pakistanis | Islamabad
     | République islamique du Pakistan | Pakistanais | Pakistanaise | Pakistanaises
     | ~Balochistan | ~Baluchistan | ~Khyber Pakhtunkhwa | ~Waziristan | ~North Waziristan
     | ~South Waziristan | ~Karachi | ~Lahore | ~Peshawar | ~Quetta | ~Rawalpindi | ~Gwadar
     | ~Azad Kashmir | ~Azad Jammu and Kashmir | ~Gilgit-Baltistan | ~Sindh | ~Bajaur | ~Kurram
     | ~Bannu | ~Dera Ismail Khan | ~Muzaffarabad | ~Swat Valley
     | ?~Kashmir | ?~Punjab

IND  kind=country name="India" tier=2 support=BGD,BTN,MMR,CHN,NPL,PAK,LKA
     : India | Republic of India | Bharat | Indian | Indians | New Delhi
     | Inde | République de l'Inde | Indien | Indienne | Indiens | Indiennes
     | ~Jammu and Kashmir | ~Jammu | ~Srinagar | ~Ladakh | ~Pahalgam | ~Pulwama | ~Manipur | ~Assam
     | ~Nagaland | ~Mizoram | ~Arunachal Pradesh | ~Chhattisgarh | ~Jharkhand | ~Odisha | ~Gujarat
     | ~Uttar Pradesh | ~West Bengal | ~Tamil Nadu | ~Kerala | ~Andhra Pradesh | ~Maharashtra
     | ~Delhi | ~Mumbai | ~Bombay | ~Kolkata | ~Calcutta | ~Chennai | ~Bengaluru | ~Bangalore
     | ~Galwan | ~Doklam
     # "Indian Ocean" is weak so that it does not read as a strong "Indian".
     | ?Indian Ocean
     | ?~Kashmir | ?~Punjab

BGD  kind=country name="Bangladesh" tier=3 support=MMR,IND,NPL,BTN
     : Bangladesh | People's Republic of Bangladesh | Bangladeshi | Bangladeshis | Dhaka | Dacca
     | East Pakistan
     | République populaire du Bangladesh | Bangladais | Bangladaise | Bangladaises
     | ~Chittagong | ~Chattogram | ~Cox's Bazar | ~Kutupalong | ~Sylhet | ~Bhasan Char

NPL  kind=country name="Nepal" tier=3 support=CHN,IND
     : Nepal | Federal Democratic Republic of Nepal | Nepalese | Nepali | Nepalis | Kathmandu
     | République fédérale démocratique du Népal | Népalais | Népalaise | Népalaises
     | ~Pokhara

BTN  kind=country name="Bhutan" tier=4 support=CHN,IND,NPL,BGD
     : Bhutan | Kingdom of Bhutan | Bhutanese | Thimphu
     | Bhoutan | Royaume du Bhoutan | Bhoutanais | Bhoutanaise | Bhoutanaises

# Ceylon (former name) is weak because of the tea.
LKA  kind=country name="Sri Lanka" tier=3 support=IND,MDV
     : Sri Lanka | Democratic Socialist Republic of Sri Lanka | Sri Lankan | Sri Lankans | Colombo
     | ?Ceylon
     | République démocratique socialiste du Sri Lanka | Sri-Lankais | Sri-Lankaise | Sri-Lankaises
     | ~Jaffna | ~Trincomalee | ~Kandy | ~Batticaloa | ~Hambantota

MDV  kind=country name="Maldives" tier=4 support=IND,LKA
     : Maldives | Republic of Maldives | Republic of the Maldives | Maldivian | Maldivians
     | République des Maldives | Maldivien | Maldivienne | Maldiviens | Maldiviennes

KAZ  kind=country name="Kazakhstan" tier=3 support=CHN,KGZ,RUS,TKM,UZB
     : Kazakhstan | Republic of Kazakhstan | Kazakhstani | Kazakhstanis | Kazakh | Kazakhs | Astana
     | Nur-Sultan
     | République du Kazakhstan | Kazakhstanais | Kazakhstanaise | Kazakhstanaises
     | ~Almaty | ~Baikonur | ~Karaganda | ~Aktau | ~Atyrau | ~Tengiz | ~Kashagan

UZB  kind=country name="Uzbekistan" tier=3 support=AFG,KAZ,KGZ,TJK,TKM
     : Uzbekistan | Republic of Uzbekistan | Uzbek | Uzbeks | Uzbekistani | Tashkent
     | Ouzbékistan | République d'Ouzbékistan | Ouzbek | Ouzbeks | Ouzbèke | Ouzbèkes | Tachkent
     | ~Samarkand | ~Fergana Valley | ~Karakalpakstan | ~Andijan | ~Termez | ~Bukhara

TKM  kind=country name="Turkmenistan" tier=3 support=AFG,IRN,KAZ,UZB
     : Turkmenistan | Turkmen | Turkmens | Ashgabat | Ashkhabad
     | Turkmène | Turkmènes | Achgabat
     | ~Turkmenbashi | ~Galkynysh

KGZ  kind=country name="Kyrgyzstan" tier=3 support=CHN,KAZ,TJK,UZB
     : Kyrgyzstan | Kyrgyz Republic | Kyrgyz | Kirghiz | Kirgiz | Bishkek | Kirghizia
     | Kirghizistan | République kirghize | Kirghize | Kirghizes | Bichkek
     | ~Osh | ~Batken | ~Jalal-Abad | ~Kumtor

TJK  kind=country name="Tajikistan" tier=3 support=AFG,CHN,KGZ,UZB
     : Tajikistan | Republic of Tajikistan | Tajik | Tajiks | Tadjik | Dushanbe
     | Tadjikistan | République du Tadjikistan | Tadjike | Tadjiks | Tadjikes | Douchanbé
     | ~Gorno-Badakhshan | ~Khorog | ~Isfara | ~Sughd | ~Khujand


# ======================================================================
# Asia: East
# ======================================================================

# Tier 1. "China" exact (porcelain); "Sino" catches "Sino-US" etc. Xinjiang, Tibet and Hong Kong are places.
CHN  kind=country name="China" tier=1 support=BTN,MMR,IND,KAZ,NPL,PRK,KGZ,LAO,MNG,PAK,RUS,TJK,VNM,TWN,JPN,KOR,PHL,USA
     : =China | People's Republic of China | =PRC | =P.R.C. | Chinese | Mainland China | Beijing
     | Peking | Zhongnanhai | Sino
     | Chine | République populaire de Chine | Chinois | Chinoise | Chinoises | Pékin | =RPC
     | ~Xinjiang | ~Tibet | ~Tibetan Autonomous Region | ~Hong Kong | ~Macau | ~Macao
     | ~Inner Mongolia | ~Mongolie-Intérieure | ~Guangdong | ~Shanghai | ~Shenzhen | ~Sichuan
     | ~Yunnan | ~Fujian | ~Hainan | ~Urumqi | ~Lhasa | ~Kashgar | ~Guangzhou | ~Wuhan | ~Chongqing
     | ?~Spratly Islands | ?~Spratlys | ?~Paracel Islands | ?~Scarborough Shoal
     # Seas named after China are weak: they only count when China is otherwise in the article.
     | ?South China Sea | ?East China Sea

# Taiwan: de facto state, not a UN member.
TWN  kind=country name="Taiwan" tier=3 support=CHN,JPN,PHL,USA,KOR
     : Taiwan | Republic of China | Chinese Taipei | Taiwanese | Taipei | Formosa
     | République de Chine | Taïwanais | Taïwanaise | Taïwanaises | Formose
     | ~Kinmen | ~Matsu Islands | ~Kaohsiung | ~Taichung | ~Penghu | ~Taiwan Strait
     | ~détroit de Taïwan

JPN  kind=country name="Japan" tier=2 support=CHN,KOR,PRK,RUS,TWN,USA
     : Japan | Japanese | Tokyo | Nippon
     | Japon | Japonais | Japonaise | Japonaises
     # Senkaku Islands: administered by Japan, claimed by China and Taiwan.
     | ~Okinawa | ~Hokkaido | ~Osaka | ~Hiroshima | ~Nagasaki | ~Fukushima | ~Senkaku Islands
     | ~Senkakus | ~Kyushu | ~Yokosuka
     # MITI (1949-2001), renamed METI: the trade ministry. Bank of Japan: the central bank.
     | =MITI | =METI | Ministry of International Trade and Industry | Bank of Japan
     | ~Yokohama | ~Nagoya | ~Kobe

# "Korea" and "Korean" alone are taken as South Korea (the official short name of the ROK);
# "North Korea" / "North Korean" are longer and win for PRK.
KOR  kind=country name="South Korea" tier=2 support=PRK,CHN,JPN,USA,RUS
     : South Korea | Republic of Korea | Korea | =ROK | =R.O.K. | South Korean | South Koreans
     | Korean | Koreans | Seoul
     | Corée du Sud | République de Corée | Corée | Sud-Coréen | Sud-Coréenne | Sud-Coréens
     | Sud-Coréennes | Coréen | Coréenne | Coréens | Coréennes
     | ~Busan | ~Incheon | ~Pyeongtaek | ~Yeonpyeong | ~Jeju

PRK  kind=country name="North Korea" tier=3 support=KOR,CHN,RUS,JPN,USA
     : North Korea | Democratic People's Republic of Korea | =DPRK | =D.P.R.K. | North Korean
     | North Koreans | Pyongyang
     | Corée du Nord | République populaire démocratique de Corée | Nord-Coréen | Nord-Coréenne
     | Nord-Coréens | Nord-Coréennes | =RPDC
     | ~Yongbyon | ~Kaesong | ~Punggye-ri | ~Sohae | ~Wonsan | ~Sinpo

MNG  kind=country name="Mongolia" tier=4 support=CHN,RUS,KAZ
     : Mongolia | Mongolian | Mongolians | Ulaanbaatar | Ulan Bator
     | Mongolie | Mongol | Mongole | Mongols | Mongoles | Oulan-Bator
     | ~Oyu Tolgoi | ~Tavan Tolgoi | ~Gobi


# ======================================================================
# Asia: South-East
# ======================================================================

# Burma is the former (and still used) name; Rakhine, Shan, Kachin etc. are places.
MMR  kind=country name="Myanmar" tier=3 support=BGD,CHN,IND,LAO,THA
     : Myanmar | Republic of the Union of Myanmar | Burma | Burmese | Naypyidaw | Naypyitaw
     | Nay Pyi Taw
     | Birmanie | République de l'Union du Myanmar | Birman | Birmane | Birmans | Birmanes
     | ~Rakhine | ~Arakan | ~Shan | ~Shan State | ~Kachin | ~Kachin State | ~Karen State | ~Kayin
     | ~Kayah | ~Karenni | ~Chin State | ~Sagaing | ~Mandalay | ~Magway | ~Myawaddy | ~Lashio
     | ~Sittwe | ~Tanintharyi | ~Mon State | ~Wa State | ~Yangon | ~Rangoon | ~Hpakant | ~Laukkai
     | ~Kokang | ~Bago Region

THA  kind=country name="Thailand" tier=3 support=MMR,KHM,LAO,MYS,VNM
     : Thailand | Kingdom of Thailand | Thai | Thais | Bangkok | Siam
     | Thaïlande | Royaume de Thaïlande | Thaïlandais | Thaïlandaise | Thaïlandaises
     | ~Pattani | ~Yala | ~Narathiwat | ~Songkhla | ~Chiang Mai | ~Mae Sot | ~Phuket

LAO  kind=country name="Laos" tier=3 support=MMR,KHM,CHN,THA,VNM
     : Laos | Lao People's Democratic Republic | Lao PDR | Laotian | Laotians | ?Lao | Vientiane
     | République démocratique populaire lao | Laotien | Laotienne | Laotiens | Laotiennes
     | ~Luang Prabang

KHM  kind=country name="Cambodia" tier=3 support=LAO,THA,VNM
     : Cambodia | Kingdom of Cambodia | Cambodian | Cambodians | Phnom Penh | Kampuchea
     | Cambodge | Royaume du Cambodge | Cambodgien | Cambodgienne | Cambodgiens | Cambodgiennes
     | ~Siem Reap | ~Preah Vihear | ~Battambang

VNM  kind=country name="Vietnam" tier=3 support=KHM,CHN,LAO,THA,PHL
     : Vietnam | Viet Nam | Socialist Republic of Vietnam | Vietnamese | Hanoi
     | République socialiste du Viêt Nam | Vietnamien | Vietnamienne | Vietnamiens | Vietnamiennes
     | ~Ho Chi Minh City | ~Saigon | ~Da Nang | ~Haiphong | ~Cam Ranh | ?~Spratly Islands
     | ?~Spratlys | ?~Paracel Islands

MYS  kind=country name="Malaysia" tier=3 support=BRN,IDN,THA,SGP,PHL
     : Malaysia | Malaysian | Malaysians | Kuala Lumpur | Putrajaya
     | Malaisie | Fédération de Malaisie | Malaisien | Malaisienne | Malaisiens | Malaisiennes
     | ~Sabah | ~Sarawak | ~Penang | ~Johor | ?~Borneo

SGP  kind=country name="Singapore" tier=3 support=MYS,IDN
     : Singapore | Republic of Singapore | Singaporean | Singaporeans
     | Singapour | République de Singapour | Singapourien | Singapourienne | Singapouriens
     | Singapouriennes

IDN  kind=country name="Indonesia" tier=3 support=TLS,MYS,PNG,SGP,PHL,AUS
     : Indonesia | Republic of Indonesia | Indonesian | Indonesians | Jakarta
     | Indonésie | République d'Indonésie | Indonésien | Indonésienne | Indonésiens | Indonésiennes
     | ~Papua Province | ?~Papua | ~West Papua | ~Aceh | ~Sulawesi | ~Poso | ~Maluku | ~Moluccas
     | ~Kalimantan | ?~Borneo | ~Sumatra | ~Bali | ~Nusantara | ~West Timor | ~Morowali | ~Weda Bay
     | ?~New Guinea

BRN  kind=country name="Brunei" tier=4 support=MYS,IDN,PHL,SGP
     : Brunei | Brunei Darussalam | Bruneian | Bruneians | Bandar Seri Begawan
     | Brunéien | Brunéienne | Brunéiens | Brunéiennes

PHL  kind=country name="Philippines" tier=3 support=CHN,VNM,MYS,IDN,TWN,JPN
     : Philippines | Republic of the Philippines | Filipino | Filipinos | Filipina | Philippine
     | Manila
     | République des Philippines | Philippin | Philippins | Manille
     | ~Mindanao | ~Marawi | ~Sulu | ~Basilan | ~Cotabato | ~Maguindanao | ~Davao
     | ?~Scarborough Shoal | ~Second Thomas Shoal | ?~Spratly Islands | ?~Spratlys
     | ?~Paracel Islands

# Timor-Leste (East Timor); "West Timor" belongs to IDN.
TLS  kind=country name="Timor-Leste" tier=4 support=IDN,AUS
     : Timor-Leste | East Timor | Democratic Republic of Timor-Leste | East Timorese | Timorese
     | Dili
     | Timor oriental | République démocratique du Timor oriental | Est-Timorais | Est-Timoraise
     | Est-Timoraises


# ======================================================================
# Europe: East
# ======================================================================

# Tier 1. Crimea, Donbas etc. are places of UKR (internationally recognised borders).
# The southern Kuril Islands are administered by Russia and claimed by Japan.
RUS  kind=country name="Russia" tier=1 support=AZE,BLR,CHN,EST,GEO,KAZ,PRK,LVA,LTU,MNG,POL,UKR,USA
     : Russia | Russian Federation | Russian | Russians | Moscow | Kremlin
     | Russie | Fédération de Russie | Russe | Russes | Moscou
     | ~Chechnya | ~Tchétchénie | ~Grozny | ~Dagestan | ~Ingushetia | ~Kursk | ~Belgorod | ~Bryansk
     | ~Kaliningrad | ~Saint Petersburg | ~Novorossiysk | ~Rostov-on-Don | ~Siberia | ~Sibérie
     | ~Vladivostok | ~Murmansk | ~Kamchatka | ~Kuril Islands | ~Kurils | ~Tatarstan
     | ~Bashkortostan

UKR  kind=country name="Ukraine" tier=3 support=BLR,HUN,MDA,POL,ROU,RUS,SVK
     : Ukraine | Ukrainian | Ukrainians | Kyiv | Kiev
     | Ukrainien | Ukrainienne | Ukrainiens | Ukrainiennes
     | ~Donbas | ~Donbass | ~Donetsk | ~Luhansk | ~Lugansk | ~Crimea | ~Crimée | ~Kharkiv | ~Kharkov
     | ~Zaporizhzhia | ~Zaporizhia | ~Zaporijjia | ~Kherson | ~Mariupol | ~Marioupol | ~Bakhmut
     | ~Avdiivka | ~Pokrovsk | ~Kramatorsk | ~Sloviansk | ~Odesa | ~Odessa | ~Sevastopol | ~Dnipro
     | ~Mykolaiv | ~Sumy | ~Chernihiv | ~Lviv | ~Kupiansk | ~Vuhledar | ~Chasiv Yar | ~Toretsk
     | ~Enerhodar | ~Kakhovka | ~Izium | ~Bucha | ~Irpin

BLR  kind=country name="Belarus" tier=3 support=LVA,LTU,POL,RUS,UKR
     : Belarus | Republic of Belarus | Belarusian | Belarusians | Belorussia | Byelorussia | Minsk
     | Biélorussie | République de Biélorussie | Biélorusse | Biélorusses
     | ~Brest Region | ~Gomel | ~Grodno | ~Vitebsk | ~Mogilev

# Transnistria: breakaway region of Moldova, a place here.
MDA  kind=country name="Moldova" tier=4 support=ROU,UKR
     : Moldova | Republic of Moldova | Moldovan | Moldovans | Chisinau
     | Moldavie | République de Moldavie | Moldave | Moldaves
     | ~Transnistria | ~Transnistrie | ~Tiraspol | ~Gagauzia

# Georgia: weak (also a US state); "Georgian" weak for the same reason. Abkhazia and South Ossetia
# are breakaway regions, places here.
GEO  kind=country name="Georgia" tier=4 support=ARM,AZE,RUS,TUR,UKR
     : ?Georgia | ?Georgian | ?Georgians | Tbilisi | Sakartvelo
     | ?Géorgie | ?Géorgien | ?Géorgienne | ?Géorgiens | ?Géorgiennes | Tbilissi
     | ~Abkhazia | ~Abkhazie | ~South Ossetia | ~Ossétie du Sud | ~Tskhinvali | ~Sukhumi | ~Batumi
     | ~Adjara

ARM  kind=country name="Armenia" tier=4 support=AZE,GEO,IRN,TUR,RUS
     : Armenia | Republic of Armenia | Armenian | Armenians | Yerevan
     | Arménie | République d'Arménie | Arménien | Arménienne | Arméniens | Arméniennes | Erevan
     | ~Syunik | ~Gyumri | ~Zangezur

# Nagorno-Karabakh: internationally recognised as part of Azerbaijan; under Azerbaijani control since 2023.
AZE  kind=country name="Azerbaijan" tier=3 support=ARM,GEO,IRN,RUS,TUR
     : Azerbaijan | Republic of Azerbaijan | Azerbaijani | Azerbaijanis | Azeri | Azeris | Baku
     | Azerbaïdjan | République d'Azerbaïdjan | Azerbaïdjanais | Azerbaïdjanaise | Azerbaïdjanaises
     | Bakou
     | ~Nagorno-Karabakh | ~Haut-Karabakh | ~Karabakh | ~Stepanakert | ~Khankendi | ~Nakhchivan
     | ~Lachin Corridor | ~Shusha


# ======================================================================
# Europe: Central and Baltic
# ======================================================================

POL  kind=country name="Poland" tier=3 support=BLR,CZE,DEU,LTU,RUS,SVK,UKR
     : Poland | Republic of Poland | =Polish | =Poles | Warsaw
     | Pologne | République de Pologne | Polonais | Polonaise | Polonaises | Varsovie
     | ~Rzeszów | ~Suwałki Gap | ~Gdańsk | ~Kraków | ~Przewodów

LTU  kind=country name="Lithuania" tier=4 support=BLR,LVA,POL,RUS
     : Lithuania | Republic of Lithuania | Lithuanian | Lithuanians | Vilnius
     | Lituanie | République de Lituanie | Lituanien | Lituanienne | Lituaniens | Lituaniennes
     | ~Klaipėda | ~Kaunas

LVA  kind=country name="Latvia" tier=4 support=BLR,EST,LTU,RUS
     : Latvia | Republic of Latvia | Latvian | Latvians | Riga
     | Lettonie | République de Lettonie | Letton | Lettone | Lettons | Lettones
     | ~Daugavpils | ~Latgale

EST  kind=country name="Estonia" tier=4 support=LVA,RUS,FIN
     : Estonia | Republic of Estonia | Estonian | Estonians | Tallinn
     | Estonie | République d'Estonie | Estonien | Estonienne | Estoniens | Estoniennes
     | ~Narva

CZE  kind=country name="Czechia" tier=3 support=AUT,DEU,POL,SVK
     : Czechia | Czech Republic | Czech | Czechs | Prague
     | Tchéquie | République tchèque | Tchèque | Tchèques

SVK  kind=country name="Slovakia" tier=3 support=AUT,CZE,HUN,POL,UKR
     : Slovakia | Slovak Republic | Slovak | Slovaks | Slovakian | Bratislava
     | Slovaquie | République slovaque | Slovaque | Slovaques

HUN  kind=country name="Hungary" tier=3 support=AUT,HRV,ROU,SRB,SVK,SVN,UKR
     : Hungary | Hungarian | Hungarians | Budapest
     | Hongrie | Hongrois | Hongroise | Hongroises

AUT  kind=country name="Austria" tier=3 support=CZE,DEU,HUN,ITA,LIE,SVK,SVN,CHE
     : Austria | Republic of Austria | Austrian | Austrians
     | Autriche | République d'Autriche | Autrichien | Autrichienne | Autrichiens | Autrichiennes
     | ~Vienna

CHE  kind=country name="Switzerland" tier=3 support=AUT,FRA,ITA,LIE,DEU
     : Switzerland | Swiss Confederation | Swiss | Bern | Berne
     | Suisse | Confédération suisse | Suisses
     | ~Geneva | ~Genève | ~Zurich | ~Davos | ~Lausanne | ~Basel | ~Basle
     # The bank Credit Suisse is weak so that it is not read as the French name "Suisse".
     | ?Credit Suisse

LIE  kind=country name="Liechtenstein" tier=4 support=AUT,CHE
     : Liechtenstein | Principality of Liechtenstein | Liechtensteiner | Liechtensteiners | Vaduz
     | Principauté du Liechtenstein | Liechtensteinois | Liechtensteinoise | Liechtensteinoises


# ======================================================================
# Europe: West and North
# ======================================================================

GBR  kind=country name="United Kingdom" tier=2 support=IRL,FRA,NLD,BEL,NOR,ISL
     : United Kingdom | United Kingdom of Great Britain and Northern Ireland | =UK | =U.K. | Britain
     | Great Britain | British | Briton | Britons | =Brits | London | Downing Street | Whitehall
     | Westminster
     | Royaume-Uni | Grande-Bretagne | Britannique | Britanniques | Londres
     | ~England | ~Angleterre | ~Scotland | ~Écosse | ~Wales | ~Pays de Galles | ~Northern Ireland
     | ~Irlande du Nord | ~Northern Irish | ~Belfast | ~Gibraltar
     | Bank of England | ~Edinburgh | ~Glasgow | ~Manchester | ~Liverpool
     # Falkland Islands: British overseas territory, claimed by Argentina as the Malvinas.
     | ~Falkland Islands | ~Falklands | ~Îles Malouines | ~Malvinas
     | ~Bermuda | ~Cayman Islands | ~British Virgin Islands | ~Turks and Caicos | ~Anguilla
     | ~Montserrat | ~Saint Helena | ~Ascension Island | ~Tristan da Cunha | ~Pitcairn

IRL  kind=country name="Ireland" tier=3 support=GBR,FRA
     : Ireland | Republic of Ireland | Irish | Irishman | Dublin | Éire
     | Irlande | République d'Irlande | Irlandais | Irlandaise | Irlandaises

FRA  kind=country name="France" tier=2 support=AND,BEL,DEU,ITA,LUX,MCO,ESP,CHE
     : France | French Republic | French | Frenchman | Frenchmen | Paris | Élysée | Elysée Palace
     | Quai d'Orsay
     | République française | Français | Française | Françaises
     # Weak, so that the climate treaty is not read as a strong "Paris".
     | ?Paris Agreement | ?Accord de Paris
     | ~Corsica | ~Corse | ~New Caledonia | ~Nouvelle-Calédonie | ~Kanaky | ~Mayotte
     | ~French Guiana | ~Guyane | ~Martinique | ~Guadeloupe | ~French Polynesia
     | ~Polynésie française | ~Tahiti | ~Marseille | ~Lyon | ~Saint-Pierre-et-Miquelon
     | ~Wallis-et-Futuna | ~Saint-Barthélemy
     | Bank of France | Banque de France

BEL  kind=country name="Belgium" tier=3 support=FRA,DEU,LUX,NLD
     : Belgium | Kingdom of Belgium | Belgian | Belgians
     | Belgique | Royaume de Belgique | Belge | Belges
     # Brussels hosts the EU and NATO: a place, not a metonym for the Belgian state.
     | ~Brussels | ~Bruxelles | ~Antwerp | ~Anvers | ~Flanders | ~Wallonia | ~Wallonie
     | ~Ghent | ~Liège

NLD  kind=country name="Netherlands" tier=3 support=BEL,DEU,GBR
     : Netherlands | Kingdom of the Netherlands | The Netherlands | Dutch | Dutchman | ?Holland
     | Amsterdam
     | Pays-Bas | Royaume des Pays-Bas | Néerlandais | Néerlandaise | Néerlandaises
     # The Hague hosts the ICC and ICJ: a place, not a metonym for the Dutch state.
     | ~The Hague | ~La Haye | ~Rotterdam | ~Aruba | ~Curaçao | ~Sint Maarten | ~Bonaire
     | ~Utrecht | ~Eindhoven

LUX  kind=country name="Luxembourg" tier=4 support=BEL,FRA,DEU
     : Luxembourg | Grand Duchy of Luxembourg | Luxembourger | Luxembourgers | Luxembourgish
     | Grand-Duché de Luxembourg | Luxembourgeois | Luxembourgeoise | Luxembourgeoises

# West Germany and East Germany (1949-1990) are aliases of DEU, the united state that succeeded both.
DEU  kind=country name="Germany" tier=2 support=AUT,BEL,CZE,DNK,FRA,LUX,NLD,POL,CHE
     : Germany | Federal Republic of Germany | German | Germans | Berlin | Bundestag | Bundeswehr
     | Allemagne | République fédérale d'Allemagne | Allemand | Allemande | Allemands | Allemandes
     | West Germany | West German | West Germans | East Germany | East German | East Germans
     | German Democratic Republic | =FRG | =GDR | Allemagne de l'Ouest | Allemagne de l'Est | =RFA
     | =RDA | République démocratique allemande
     # Bundesbank: the German central bank, a metonym like the Bundestag.
     | Bundesbank | Deutsche Bundesbank
     | ~Bavaria | ~Bavière | ~Munich | ~Hamburg | ~Frankfurt | ~Ramstein | ~Bonn | ~Düsseldorf | ~Duesseldorf
     | ~Stuttgart | ~Cologne

DNK  kind=country name="Denmark" tier=3 support=DEU,SWE,NOR
     : Denmark | Kingdom of Denmark | =Danish | =Danes | Copenhagen
     | Danemark | Royaume du Danemark | Danois | Danoise | Danoises | Copenhague
     | ~Greenland | ~Groenland | ~Nuuk | ~Faroe Islands | ~Bornholm

NOR  kind=country name="Norway" tier=3 support=FIN,SWE,RUS,DNK
     : Norway | Kingdom of Norway | Norwegian | Norwegians | Oslo
     | Norvège | Royaume de Norvège | Norvégien | Norvégienne | Norvégiens | Norvégiennes
     | ~Svalbard | ~Spitsbergen | ~Kirkenes | ~Bergen

SWE  kind=country name="Sweden" tier=3 support=FIN,NOR,DNK
     : Sweden | Kingdom of Sweden | Swedish | =Swede | =Swedes | Stockholm
     | =?Suède | Royaume de Suède | Suédois | Suédoise | Suédoises
     | ~Gotland

FIN  kind=country name="Finland" tier=3 support=NOR,SWE,RUS,EST
     : Finland | Republic of Finland | Finnish | =Finns | Helsinki
     | Finlande | République de Finlande | Finlandais | Finlandaise | Finlandaises
     | ~Lapland | ~Åland

ISL  kind=country name="Iceland" tier=4 support=NOR,DNK,GBR
     : Iceland | Republic of Iceland | Icelandic | Icelander | Icelanders | Reykjavik
     | Islande | République d'Islande | Islandais | Islandaise | Islandaises


# ======================================================================
# Europe: South and Balkans
# ======================================================================

ITA  kind=country name="Italy" tier=2 support=AUT,FRA,SMR,SVN,CHE,VAT,MLT
     : Italy | Italian Republic | Italian | Italians | Rome | Palazzo Chigi
     | Italie | République italienne | Italien | Italienne | Italiens | Italiennes
     | ~Sicily | ~Sicile | ~Lampedusa | ~Sardinia | ~Sardaigne | ~Naples | ~Calabria | ~Sigonella
     | Bank of Italy | ~Milan | ~Turin | ~Genoa
     # Weak, so that the ICC treaty is not read as a strong "Rome".
     | ?Rome Statute | ?Statut de Rome

ESP  kind=country name="Spain" tier=3 support=AND,FRA,PRT,MAR
     : Spain | Kingdom of Spain | Spanish | Spaniard | Spaniards | Madrid | Moncloa
     | Espagne | Royaume d'Espagne | Espagnol | Espagnole | Espagnols | Espagnoles
     | ~Catalonia | ~Catalogne | ~Basque Country | ~Pays basque | ~Ceuta | ~Melilla
     | ~Canary Islands | ~Îles Canaries | ~Balearic Islands | ~Andalusia

PRT  kind=country name="Portugal" tier=3 support=ESP
     : Portugal | Portuguese Republic | Portuguese | Lisbon
     | République portugaise | Portugais | Portugaise | Portugaises | Lisbonne
     | ~Azores | ~Açores | ~Madeira | ~Porto

GRC  kind=country name="Greece" tier=3 support=ALB,BGR,TUR,MKD,CYP
     : Greece | Hellenic Republic | Greek | Greeks | Hellenic | Athens
     | Grèce | République hellénique | Grec | Grecque | Grecs | Grecques | Athènes
     | ~Crete | ~Lesbos | ~Thessaloniki | ~Piraeus | ~Evros | ~Souda Bay

MLT  kind=country name="Malta" tier=4 support=ITA,LBY,TUN
     : Malta | Republic of Malta | Maltese | Valletta
     | Malte | République de Malte | Maltais | Maltaise | Maltaises | La Valette

AND  kind=country name="Andorra" tier=4 support=FRA,ESP
     : Andorra | Principality of Andorra | Andorran | Andorrans | Andorra la Vella
     | Andorre | Principauté d'Andorre | Andorrane | Andorranes

MCO  kind=country name="Monaco" tier=4 support=FRA,ITA
     : Monaco | Principality of Monaco | Monegasque | Monegasques
     | Principauté de Monaco

SMR  kind=country name="San Marino" tier=4 support=ITA
     : San Marino | Republic of San Marino | Sammarinese
     | Saint-Marin | République de Saint-Marin | Saint-Marinais | Saint-Marinaise | Saint-Marinaises

# Holy See / Vatican City: UN observer state.
VAT  kind=country name="Holy See" tier=4 support=ITA
     : Holy See | Vatican | Vatican City | Vatican City State
     | Saint-Siège | Cité du Vatican | État de la Cité du Vatican

SVN  kind=country name="Slovenia" tier=4 support=AUT,HRV,ITA,HUN
     : Slovenia | Republic of Slovenia | Slovenian | Slovenians | Slovene | Slovenes | Ljubljana
     | Slovénie | République de Slovénie

HRV  kind=country name="Croatia" tier=4 support=BIH,HUN,MNE,SRB,SVN
     : Croatia | Republic of Croatia | Croatian | Croatians | Croat | Croats | Zagreb
     | Croatie | République de Croatie | Croate | Croates
     | ~Dubrovnik | ~Slavonia | ~Vukovar

# Republika Srpska is an entity of Bosnia and Herzegovina, a place here; "Bosnian Serb" is listed
# so that it is not read as SRB.
BIH  kind=country name="Bosnia and Herzegovina" tier=4 support=HRV,MNE,SRB
     : Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia | =BiH | Bosnian | Bosnians | Bosniak
     | Bosniaks | Herzegovina | Sarajevo | Bosnian Serb | Bosnian Serbs | Bosnian Croat
     | Bosnian Croats
     | Bosnie-Herzégovine | Bosnie-et-Herzégovine | Bosnie | Bosnien | Bosnienne | Bosniens
     | Bosniennes | Bosniaque | Bosniaques | Serbe de Bosnie | Serbes de Bosnie
     | ~Republika Srpska | ~Banja Luka | ~Srebrenica | ~Mostar | ~Brčko | ~Tuzla

SRB  kind=country name="Serbia" tier=3 support=BIH,BGR,HRV,HUN,XKX,MKD,MNE,ROU
     : Serbia | Republic of Serbia | Serbian | Serbians | Serb | Serbs | Belgrade
     | Serbie | République de Serbie | Serbe | Serbes
     | ~Vojvodina | ~Novi Sad | ~Presevo Valley

# Kosovo: XKX is a user-assigned code (ISO 3166-1 leaves the XAA-XZZ range to users; not an official
# code), the one commonly used for Kosovo (e.g. by the World Bank);
# independence (2008) is recognised by about half of UN members. "Kosovo Serb" is listed so that it
# is not read as SRB.
XKX  kind=country name="Kosovo" tier=4 support=ALB,MKD,MNE,SRB
     : Kosovo | Republic of Kosovo | Kosovar | Kosovars | Kosovan | Kosovans | Pristina | Prishtina
     | Kosovo Serb | Kosovo Serbs
     | République du Kosovo | Kosovare | Kosovares | Serbe du Kosovo | Serbes du Kosovo
     | ~Mitrovica | ~North Mitrovica | ~Zvečan | ~Leposavić | ~Zubin Potok | ~Banjska | ~Prizren

MNE  kind=country name="Montenegro" tier=4 support=ALB,BIH,HRV,XKX,SRB
     : Montenegro | Montenegrin | Montenegrins | Podgorica
     | Monténégrine | Monténégrines

# North Macedonia: "Macedonia"/"Macedonian" alone are weak (Greek region, ethnic term).
MKD  kind=country name="North Macedonia" tier=4 support=ALB,BGR,GRC,XKX,SRB
     : North Macedonia | Republic of North Macedonia | North Macedonian | North Macedonians
     | ?Macedonia | ?Macedonian | ?Macedonians | Skopje | Former Yugoslav Republic of Macedonia
     | =FYROM
     | Macédoine du Nord | République de Macédoine du Nord | =?Macédoine | ?Macédonien
     | ?Macédonienne | ?Macédoniens | ?Macédoniennes
     | ~Tetovo | ~Kumanovo | ~Ohrid

ALB  kind=country name="Albania" tier=4 support=MNE,GRC,MKD,XKX
     : Albania | Republic of Albania | Albanian | Albanians | Tirana
     | Albanie | République d'Albanie | Albanais | Albanaise | Albanaises
     | ~Durrës | ~Vlorë | ~Shkodër

BGR  kind=country name="Bulgaria" tier=3 support=GRC,MKD,ROU,SRB,TUR
     : Bulgaria | Republic of Bulgaria | Bulgarian | Bulgarians | Sofia
     | Bulgarie | République de Bulgarie | Bulgare | Bulgares
     | ~Varna | ~Burgas | ~Plovdiv

ROU  kind=country name="Romania" tier=3 support=BGR,HUN,MDA,SRB,UKR
     : Romania | Rumania | Romanian | Romanians | Bucharest
     | Roumanie | Roumain | Roumaine | Roumains | Roumaines | Bucarest
     | ~Constanța | ~Mihail Kogălniceanu | ~Transylvania | ~Deveselu


# ======================================================================
# Americas: North and Central
# ======================================================================

# Tier 1. "US" exact (the pronoun "us"); "America" weak ("Latin America", "South America"...).
# Compounds such as "Latin American" are listed weak so that they do not read as a strong "American".
USA  kind=country name="United States" tier=1 support=CAN,MEX,CUB,RUS,CHN
     : United States | United States of America | =USA | =U.S.A. | U.S. | =US | =U.S | ?America
     | American | Americans | Washington | Washington D.C. | Washington DC | White House | =Pentagon
     | =State Department | Capitol Hill | Oval Office
     | États-Unis | États-Unis d'Amérique | Américain | Américaine | Américains | Américaines
     | ?Latin America | ?Latin American | ?Latin Americans | ?South America | ?South American
     | ?South Americans | ?Central America | ?Central American | ?Central Americans | ?North America
     | ?North American | ?North Americans | ?Native American | ?Native Americans | ?African American
     | ?African Americans | ?Amérique latine | ?Latino-Américain | ?Latino-Américains
     | ?Sud-Américain | ?Sud-Américains
     # Guantanamo Bay: US naval base and detention site on leased Cuban land, listed here.
     | ~New Mexico | ~New England | ~Puerto Rico | ~Guam | ~American Samoa | ~Hawaii | ~Alaska
     | ~Pearl Harbor | ~Guantanamo Bay | ~Guantánamo
     # The 50 states and DC (USPS list). Washington is already a strong alias (the capital);
     # Georgia is weak, shared with GEO's weak Georgia: the supported entry wins.
     | ~Alabama | ~Arizona | ~Arkansas | ~California | ~Colorado | ~Connecticut | ~Delaware
     | ~Florida | ?~Georgia | ~Idaho | ~Illinois | ~Indiana | ~Iowa | ~Kansas | ~Kentucky
     | ~Louisiana | ~Maine | ~Maryland | ~Massachusetts | ~Michigan | ~Minnesota | ~Mississippi
     | ~Missouri | ~Montana | ~Nebraska | ~Nevada | ~New Hampshire | ~New Jersey | ~New York
     | ~North Carolina | ~North Dakota | ~Ohio | ~Oklahoma | ~Oregon | ~Pennsylvania
     | ~Rhode Island | ~South Carolina | ~South Dakota | ~Tennessee | ~Texas | ~Utah | ~Vermont
     | ~Virginia | ~West Virginia | ~Wisconsin | ~Wyoming | ~District of Columbia
     # AP-style state abbreviations used in wire copy ("Santa Clara, Calif."), exact case. Left
     # out as common words, titles or other abbreviations: Ind., Del., La., Mo., Me., Miss., Mont.
     | =~Ala. | =~Ariz. | =~Ark. | =~Calif. | =~Colo. | =~Conn. | =~Fla. | =~Ga. | =~Ill.
     | =~Kan. | =~Ky. | =~Md. | =~Mass. | =~Mich. | =~Minn. | =~Neb. | =~Nev. | =~N.H. | =~N.J.
     | =~N.M. | =~N.Y. | =~N.C. | =~N.D. | =~Okla. | =~Ore. | =~Pa. | =~Penn. | =~R.I. | =~S.C.
     | =~S.D. | =~Tenn. | =~Tex. | =~Vt. | =~Va. | =~W.Va. | =~Wash. | =~Wis. | =~Wyo. | =~D.C.
     # Largest cities and business centres (US Census city populations, plus financial and
     # corporate centres). Left out as ambiguous: Jersey (island), Paris (Texas), Lebanon,
     # Portland (cement), Phoenix, Austin, Columbus, Charlotte, Memphis, Buffalo, Anchorage,
     # Stamford, Greenwich (time), Manhattan (Chase Manhattan), San Jose (Costa Rica's capital).
     | ~Los Angeles | ~Chicago | ~Houston | ~Philadelphia | ~San Antonio | ~San Diego | ~Dallas
     | ~Fort Worth | ~Jacksonville | ~Indianapolis | ~San Francisco | ~Seattle | ~Denver
     | ~Boston | ~Nashville | ~Detroit | ~Oklahoma City | ~Las Vegas | ~Louisville | ~Baltimore
     | ~Milwaukee | ~Albuquerque | ~Tucson | ~Sacramento | ~Kansas City | ~Atlanta | ~Miami
     | ~Omaha | ~Minneapolis | ~St. Louis | ~Cleveland | ~Cincinnati | ~Pittsburgh | ~New Orleans
     | ~Tampa | ~Honolulu | ~Hartford | ~Rochester | ~Tulsa | ~Des Moines | ~Silicon Valley
     | ~Midwest | ~Wall Street | ~Nasdaq
     # "First Boston" (an investment bank) is weak so that it is matched whole instead of as
     # the city "Boston" in stories about other countries.
     | ?First Boston
     # Federal agencies and US market bodies, as metonyms of the state (names from the US
     # Government Manual). Left out as shared with other states: Treasury, Commerce Department,
     # Justice Department, Congress, Senate, Export-Import Bank, and the bare abbreviations SEC,
     # EPA, FCC, FDA, CCC.
     | Federal Reserve | Federal Reserve Board | Federal Reserve System | =Fed
     | Securities and Exchange Commission | Federal Trade Commission | =FTC
     | Interstate Commerce Commission | Federal Communications Commission
     | Environmental Protection Agency | Commodity Futures Trading Commission | =CFTC
     | Federal Home Loan Bank Board | Federal Deposit Insurance Corporation | =FDIC
     | Federal Savings and Loan Insurance Corporation | =FSLIC | Comptroller of the Currency
     | Food and Drug Administration | Internal Revenue Service | =IRS | =USDA
     | Commodity Credit Corporation | Commodity Credit Corp | Nuclear Regulatory Commission
     | Federal Energy Regulatory Commission | New York Stock Exchange | Chicago Board of Trade
     | Chicago Mercantile Exchange

CAN  kind=country name="Canada" tier=2 support=USA,GBR,FRA,DNK
     : Canada | Canadian | Canadians | Ottawa
     | Canadien | Canadienne | Canadiens | Canadiennes
     | ~British Columbia | ~Colombie-Britannique | ~Quebec | ~Alberta | ~Ontario | ~Toronto
     | ~Montreal | ~Vancouver | ~Nunavut | ~Yukon
     | ~Saskatchewan | ~Manitoba | ~Newfoundland | ~Calgary | ~Edmonton | ~Winnipeg | ~Yellowknife
     | Bank of Canada | Toronto Stock Exchange

# "Gulf of Mexico" is weak so that it does not read as a strong "Mexico"; "New Mexico" is a US place.
MEX  kind=country name="Mexico" tier=3 support=BLZ,GTM,USA
     : Mexico | United Mexican States | Mexican | Mexicans | Mexico City
     | Mexique | États-Unis du Mexique | Mexicain | Mexicaine | Mexicains | Mexicaines
     | ~Sinaloa | ~Culiacán | ~Chihuahua | ~Ciudad Juárez | ~Tijuana | ~Michoacán | ~Tamaulipas
     | ~Jalisco | ~Chiapas | ~Zacatecas | ~Sonora | ~Oaxaca | ~Acapulco | ~Monterrey | ~Reynosa
     | ~Nuevo Laredo | ~Baja California
     | ?Gulf of Mexico

GTM  kind=country name="Guatemala" tier=3 support=BLZ,SLV,HND,MEX
     : Guatemala | Republic of Guatemala | Guatemalan | Guatemalans | Guatemala City
     | République du Guatemala | Guatémaltèque | Guatémaltèques
     | ~Petén | ~Huehuetenango | ~Quetzaltenango

BLZ  kind=country name="Belize" tier=4 support=GTM,MEX
     : Belize | Belizean | Belizeans | Belmopan
     | Bélizien | Bélizienne | Béliziens | Béliziennes

HND  kind=country name="Honduras" tier=3 support=GTM,SLV,NIC
     : Honduras | Republic of Honduras | Honduran | Hondurans | Tegucigalpa
     | République du Honduras | Hondurien | Hondurienne | Honduriens | Honduriennes
     | ~San Pedro Sula | ~Mosquitia

SLV  kind=country name="El Salvador" tier=3 support=GTM,HND
     : El Salvador | Republic of El Salvador | Salvadoran | Salvadorans | Salvadorian | San Salvador
     | ?Salvador | République du Salvador | Salvadorien | Salvadorienne | Salvadoriens
     | Salvadoriennes
     | ~CECOT | ~Tecoluca

NIC  kind=country name="Nicaragua" tier=3 support=CRI,HND
     : Nicaragua | Republic of Nicaragua | Nicaraguan | Nicaraguans | Managua
     | République du Nicaragua | Nicaraguayen | Nicaraguayenne | Nicaraguayens | Nicaraguayennes
     | ~Bluefields | ~Masaya

CRI  kind=country name="Costa Rica" tier=4 support=NIC,PAN
     : Costa Rica | Republic of Costa Rica | Costa Rican | Costa Ricans | ?San José
     | République du Costa Rica | Costaricien | Costaricienne | Costariciens | Costariciennes
     | Costaricain | Costaricaine | Costaricains | Costaricaines

PAN  kind=country name="Panama" tier=4 support=COL,CRI
     : Panama | Republic of Panama | Panamanian | Panamanians | Panama City
     | République du Panama | Panaméen | Panaméenne | Panaméens | Panaméennes
     | ~Panama Canal | ~Canal de Panama | ~Darién | ~Darien Gap


# ======================================================================
# Americas: Caribbean
# ======================================================================

CUB  kind=country name="Cuba" tier=3 support=USA,HTI,JAM,BHS,MEX,DOM
     : Cuba | Republic of Cuba | Cuban | Cubans | Havana
     | République de Cuba | Cubain | Cubaine | Cubains | Cubaines | La Havane
     | ~Santiago de Cuba | ~Guantánamo Province

HTI  kind=country name="Haiti" tier=3 support=DOM,CUB,JAM,BHS
     : Haiti | Republic of Haiti | Haitian | Haitians | Port-au-Prince
     | République d'Haïti | Haïtien | Haïtienne | Haïtiens | Haïtiennes | Ayiti
     | ~Cité Soleil | ~Artibonite | ~Cap-Haïtien | ~Gonaïves | ~Croix-des-Bouquets | ~Pétion-Ville
     | ~Kenscoff | ~Mirebalais | ~Martissant | ~Carrefour-Feuilles | ~Les Cayes | ~Jacmel
     | ~Plateau Central

DOM  kind=country name="Dominican Republic" tier=3 support=HTI,CUB,JAM,USA
     : Dominican Republic | Dominican | Dominicans | Santo Domingo
     | République dominicaine | Dominicain | Dominicaine | Dominicains | Dominicaines
     | ~Dajabón | ~Punta Cana | ~Santiago de los Caballeros

JAM  kind=country name="Jamaica" tier=4 support=CUB,HTI,DOM,BHS
     : Jamaica | Jamaican | Jamaicans | ?Kingston
     | Jamaïque | Jamaïcain | Jamaïcaine | Jamaïcains | Jamaïcaines
     | ~Montego Bay

BHS  kind=country name="Bahamas" tier=4 support=CUB,USA,HTI,JAM
     : Bahamas | The Bahamas | Commonwealth of the Bahamas | Bahamian | Bahamians | ?Nassau
     | Commonwealth des Bahamas | Bahamien | Bahamienne | Bahamiens | Bahamiennes

BRB  kind=country name="Barbados" tier=4 support=LCA,VCT,TTO,GRD,DMA
     : Barbados | Barbadian | Barbadians | Bajan | Bridgetown
     | Barbade | Barbadien | Barbadienne | Barbadiens | Barbadiennes

TTO  kind=country name="Trinidad and Tobago" tier=4 support=VEN,GRD,BRB,GUY
     : Trinidad and Tobago | Republic of Trinidad and Tobago | Trinidad | Tobago | Trinidadian
     | Trinidadians | Tobagonian | Port of Spain
     | Trinité-et-Tobago | République de Trinité-et-Tobago | Trinidadien | Trinidadienne
     | Trinidadiens | Trinidadiennes

# "Grenade" (French name) is exact and weak: the weapon.
GRD  kind=country name="Grenada" tier=4 support=VCT,TTO,BRB,LCA
     : Grenada | Grenadian | Grenadians
     | =?Grenade | Grenadien | Grenadienne | Grenadiens | Grenadiennes

LCA  kind=country name="Saint Lucia" tier=4 support=VCT,BRB,DMA,GRD
     : Saint Lucia | St. Lucia | St Lucia | Saint Lucian | Saint Lucians | Castries
     | Sainte-Lucie | Saint-Lucien | Saint-Lucienne | Saint-Luciens | Saint-Luciennes

VCT  kind=country name="Saint Vincent and the Grenadines" tier=4 support=LCA,GRD,BRB,TTO
     : Saint Vincent and the Grenadines | St. Vincent and the Grenadines
     | St Vincent and the Grenadines | Saint Vincent | Vincentian | Vincentians | Kingstown
     | Saint-Vincent-et-les-Grenadines | Vincentais | Vincentaise | Vincentaises

# Dominica: "Dominican" belongs to the Dominican Republic; "Dominique" (French) is also a first name.
DMA  kind=country name="Dominica" tier=4 support=LCA,BRB,ATG,KNA,FRA
     : Dominica | Commonwealth of Dominica | Roseau
     | ?Dominique | Commonwealth de la Dominique | Dominiquais | Dominiquaise | Dominiquaises

ATG  kind=country name="Antigua and Barbuda" tier=4 support=KNA,DMA,LCA,BRB
     : Antigua and Barbuda | Antigua | Barbuda | Antiguan | Antiguans | Barbudan
     | Antigua-et-Barbuda

KNA  kind=country name="Saint Kitts and Nevis" tier=4 support=ATG,DMA,LCA
     : Saint Kitts and Nevis | St. Kitts and Nevis | St Kitts and Nevis
     | Federation of Saint Christopher and Nevis | Saint Kitts | St Kitts | Nevis | Kittitian
     | Nevisian | Basseterre
     | Saint-Christophe-et-Niévès | Saint-Kitts-et-Nevis


# ======================================================================
# Americas: South
# ======================================================================

COL  kind=country name="Colombia" tier=3 support=BRA,ECU,PAN,PER,VEN
     : Colombia | Republic of Colombia | Colombian | Colombians | Bogotá | Casa de Nariño
     | Colombie | République de Colombie | Colombien | Colombienne | Colombiens | Colombiennes
     | ~Cauca | ~Catatumbo | ~Antioquia | ~Medellín | ~Cali | ~Norte de Santander | ~Cúcuta | ~Chocó
     | ~Nariño | ~Arauca | ~Putumayo | ~Guaviare | ~Caquetá | ~Tumaco | ~Buenaventura

# Essequibo: administered by Guyana, claimed by Venezuela: weak place in both.
VEN  kind=country name="Venezuela" tier=3 support=BRA,COL,GUY,TTO
     : Venezuela | Bolivarian Republic of Venezuela | Venezuelan | Venezuelans | Caracas
     | Miraflores Palace
     | République bolivarienne du Venezuela | Vénézuélien | Vénézuélienne | Vénézuéliens
     | Vénézuéliennes
     | ~Zulia | ~Maracaibo | ~Apure | ~Táchira | ~Orinoco | ~Orinoco Belt | ~Arco Minero
     | ~Las Claritas
     | ?~Essequibo

GUY  kind=country name="Guyana" tier=4 support=BRA,SUR,VEN
     : Guyana | Co-operative Republic of Guyana | Guyanese | ?Georgetown
     | République coopérative du Guyana | Guyanien | Guyanienne | Guyaniens | Guyaniennes
     | ?~Essequibo

SUR  kind=country name="Suriname" tier=4 support=BRA,GUY
     : Suriname | Republic of Suriname | Surinamese | Surinamer | Paramaribo
     | Surinam | République du Suriname | Surinamais | Surinamaise | Surinamaises

ECU  kind=country name="Ecuador" tier=3 support=COL,PER
     : Ecuador | Republic of Ecuador | Ecuadorian | Ecuadorians | Ecuadorean | Quito
     | =?Équateur | République de l'Équateur | Équatorien | Équatorienne | Équatoriens
     | Équatoriennes
     | ~Guayaquil | ~Esmeraldas | ~Galápagos | ~Manabí

PER  kind=country name="Peru" tier=3 support=BOL,BRA,CHL,COL,ECU
     : Peru | Republic of Peru | Peruvian | Peruvians | Lima
     | Pérou | République du Pérou | Péruvien | Péruvienne | Péruviens | Péruviennes
     | ~VRAEM | ~Ayacucho | ~Cusco | ~Puno | ~Arequipa | ~Madre de Dios | ~Las Bambas

BOL  kind=country name="Bolivia" tier=3 support=ARG,BRA,CHL,PRY,PER
     : Bolivia | Plurinational State of Bolivia | Bolivian | Bolivians | La Paz
     | Bolivie | État plurinational de Bolivie | Bolivien | Bolivienne | Boliviens | Boliviennes
     | ~Santa Cruz de la Sierra | ~Cochabamba | ~Potosí | ~Chapare | ~Uyuni | ~El Alto

# "Chile" exact (the pepper); "Chili" (French) weak and exact.
CHL  kind=country name="Chile" tier=3 support=ARG,BOL,PER
     : =Chile | Republic of Chile | Chilean | Chileans | ?Santiago | La Moneda
     | =?Chili | République du Chili | Chilien | Chilienne | Chiliens | Chiliennes
     | ~Valparaíso | ~Antofagasta | ~Atacama | ~Araucanía | ~Punta Arenas

ARG  kind=country name="Argentina" tier=3 support=BOL,BRA,CHL,PRY,URY,GBR
     : Argentina | Argentine Republic | Argentine | Argentines | Argentinian | Argentinians
     | Buenos Aires | Casa Rosada
     | République argentine | Argentin | Argentins
     | ~Patagonia | ~Patagonie | ~Vaca Muerta | ~Córdoba Province | ~Ushuaia

URY  kind=country name="Uruguay" tier=4 support=ARG,BRA
     : Uruguay | Oriental Republic of Uruguay | Uruguayan | Uruguayans | Montevideo
     | République orientale de l'Uruguay | Uruguayen | Uruguayenne | Uruguayens | Uruguayennes

PRY  kind=country name="Paraguay" tier=3 support=ARG,BOL,BRA
     : Paraguay | Republic of Paraguay | Paraguayan | Paraguayans | Asunción
     | République du Paraguay | Paraguayen | Paraguayenne | Paraguayens | Paraguayennes
     | ~Ciudad del Este | ~Chaco Paraguayo

BRA  kind=country name="Brazil" tier=2 support=ARG,BOL,COL,GUY,PRY,PER,SUR,URY,VEN
     : Brazil | Federative Republic of Brazil | Brazilian | Brazilians | Brasília | Planalto
     | Brésil | République fédérative du Brésil | Brésilien | Brésilienne | Brésiliens
     | Brésiliennes | Brasil
     | ~Amazonas | ~Roraima | ~Rio de Janeiro | ~São Paulo | ~Yanomami territory | ~Mato Grosso
     | ~Rondônia | ~Bahia | ~Manaus


# ======================================================================
# Oceania
# ======================================================================

AUS  kind=country name="Australia" tier=2 support=NZL,PNG,IDN,TLS,SLB
     : Australia | Commonwealth of Australia | Australian | Australians | Aussie | Aussies
     | Canberra
     | Australie | Australien | Australienne | Australiens | Australiennes
     | ~New South Wales | ~Nouvelle-Galles du Sud | ~Queensland | ~Northern Territory | ~Pine Gap
     | ~Sydney | ~Melbourne | ~Perth | ~Western Australia | ~Christmas Island
     | Reserve Bank of Australia | ~Brisbane

NZL  kind=country name="New Zealand" tier=3 support=AUS,FJI,WSM,TON
     : New Zealand | =NZ | =N.Z. | New Zealander | New Zealanders | =Kiwis | Wellington | Aotearoa
     | Nouvelle-Zélande | Néo-Zélandais | Néo-Zélandaise | Néo-Zélandaises
     | ~Auckland | ~Christchurch | ~Tokelau | ~Cook Islands | ~Niue

# Papua New Guinea: "New Guinea" (the island, shared with Indonesia) is weak; New Britain and
# New Ireland are PNG islands, listed so that they are not read as GBR or IRL.
PNG  kind=country name="Papua New Guinea" tier=3 support=IDN,AUS,SLB
     : Papua New Guinea | Independent State of Papua New Guinea | Papua New Guinean
     | Papua New Guineans | =?PNG | Port Moresby | Papua Niugini
     | Papouasie-Nouvelle-Guinée | Papouasien | Papouasienne | Papouasiens | Papouasiennes | Papou
     | Papous | Papoue | Papoues | État indépendant de Papouasie-Nouvelle-Guinée
     | ~Bougainville | ~Enga | ~Porgera | ~Lae | ~New Britain | ~New Ireland | ~Manus
     | ?~New Guinea

SLB  kind=country name="Solomon Islands" tier=4 support=PNG,VUT,AUS,FJI
     : Solomon Islands | Solomons | Solomon Islander | Solomon Islanders | Honiara
     | Îles Salomon | Salomonais | Salomonaise | Salomonaises
     | ~Guadalcanal | ~Malaita

VUT  kind=country name="Vanuatu" tier=4 support=FJI,SLB,AUS,FRA
     : Vanuatu | Republic of Vanuatu | Ni-Vanuatu | Port Vila
     | République de Vanuatu | Vanuatais | Vanuataise | Vanuataises
     | ~Espiritu Santo

FJI  kind=country name="Fiji" tier=4 support=VUT,TON,WSM,TUV,AUS,NZL
     : Fiji | Republic of Fiji | Fijian | Fijians | Suva
     | Fidji | République des Fidji | Fidjien | Fidjienne | Fidjiens | Fidjiennes

WSM  kind=country name="Samoa" tier=4 support=TON,FJI,NZL,TUV
     : Samoa | Independent State of Samoa | Samoan | Samoans | Apia
     | État indépendant du Samoa | Samoane | Samoanes

TON  kind=country name="Tonga" tier=4 support=FJI,WSM,NZL
     : Tonga | Kingdom of Tonga | Tongan | Tongans | Nuku'alofa
     | Royaume des Tonga | Tongien | Tongienne | Tongiens | Tongiennes

TUV  kind=country name="Tuvalu" tier=4 support=FJI,WSM,KIR
     : Tuvalu | Tuvaluan | Tuvaluans | Funafuti

KIR  kind=country name="Kiribati" tier=4 support=MHL,TUV,NRU,FSM
     : Kiribati | Republic of Kiribati | I-Kiribati | Tarawa | South Tarawa
     | République de Kiribati

NRU  kind=country name="Nauru" tier=4 support=KIR,MHL,FSM,SLB,AUS
     : Nauru | Republic of Nauru | Nauruan | Nauruans | Yaren
     | République de Nauru

MHL  kind=country name="Marshall Islands" tier=4 support=FSM,KIR,NRU,USA
     : Marshall Islands | Republic of the Marshall Islands | Marshallese | Majuro
     | Îles Marshall | République des Îles Marshall | Marshallais | Marshallaise | Marshallaises
     | ~Kwajalein | ~Bikini Atoll | ~Enewetak

# Micronesia is also the name of a wider region: the bare name is weak.
FSM  kind=country name="Micronesia" tier=4 support=PLW,MHL,KIR,NRU,USA
     : Federated States of Micronesia | ?Micronesia | Micronesian | Micronesians | Palikir
     | États fédérés de Micronésie | ?Micronésie
     | ~Chuuk | ~Pohnpei

PLW  kind=country name="Palau" tier=4 support=FSM,PHL,IDN,USA
     : Palau | Republic of Palau | Palauan | Palauans | Ngerulmud | Koror
     | Palaos | République des Palaos


# ======================================================================
# Historic states (appear in old news and archives)
# ======================================================================

# USSR: dissolved on 26 December 1991; Russia took its UN seat. SUN was its ISO 3166-1 alpha-3 code
# (withdrawn; recorded in ISO 3166-3, whose four-letter code is SUHH). Tier 1 as a former superpower.
SUN  kind=country name="Soviet Union" tier=1 successor=RUS until=1991-12-25 support=RUS,UKR,BLR,KAZ,GEO,ARM,AZE,EST,LVA,LTU,MDA,UZB,TKM,KGZ,TJK,USA
     : Soviet Union | Union of Soviet Socialist Republics | =USSR | =U.S.S.R. | Soviet | Soviets
     | Union soviétique | Union des républiques socialistes soviétiques | =URSS | Soviétique
     | Soviétiques

# Yugoslavia (1918-1992; the Federal Republic of Yugoslavia 1992-2003). YUG was its ISO 3166-1 alpha-3
# code (withdrawn; recorded in ISO 3166-3 as YUCS).
YUG  kind=country name="Yugoslavia" tier=3 support=SRB,HRV,BIH,SVN,MNE,MKD,XKX,ALB
     : Yugoslavia | Socialist Federal Republic of Yugoslavia | Federal Republic of Yugoslavia
     | Yugoslav | Yugoslavs | Yugoslavian | =SFRY | =FRY
     | Yougoslavie | République fédérative socialiste de Yougoslavie | Yougoslave | Yougoslaves

# Czechoslovakia (1918-1992). CSK was its ISO 3166-1 alpha-3 code (withdrawn; recorded in ISO 3166-3
# as CSHH).
CSK  kind=country name="Czechoslovakia" tier=3 successor=CZE until=1992-12-31 support=CZE,SVK,POL,HUN,AUT,DEU
     : Czechoslovakia | Czechoslovak | Czechoslovakian | Czechoslovaks
     | Czechoslovak Socialist Republic
     | Tchécoslovaquie | Tchécoslovaque | Tchécoslovaques
