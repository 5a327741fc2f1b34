# georisk actors: heads of state and government (data/actors/leaders.lex)
#
# What: one entry per head of state or head of government whose name stands for
# their country in news, as a metonym like "the Kremlin": "Putin said..." is
# Russia acting. Three groups:
#   1. current heads of state and of government, as of late November 2025, of
#      every African state, the G20, the Middle East and the states in the news
#      for conflict (Ukraine, Russia, Israel, Palestine, Iran, Syria, Sudan,
#      Myanmar, Venezuela, Haiti, Afghanistan, the Caucasus...);
#   2. recent and long-serving leaders that archives still name;
#   3. the leaders of 1987 that old newswire archives name.
# Where the current holder of an office was not certain at that date (recent
# reshuffles, coups or elections: e.g. the prime ministers of Algeria, Burundi,
# Tanzania, Equatorial Guinea, Sao Tome and Principe, Madagascar; Guinea-Bissau's
# transitional authorities; Chile's president-elect), the entry is left out
# rather than guessed. Leaders of armed groups (RSF, Hamas, Hezbollah, the
# Houthis, the LNA) are not here; armed_groups.lex holds the groups. Leaders of
# international bodies (NATO, the EU Commission, the UN) are not here either:
# their words are the organisation's, not a country's.
#
# Format (see data/README.md): id, attributes, ":" and "|"-separated aliases.
#   id       "L." plus a lowercase name, unique
#   kind     always "person" here
#   name     display name
#   of       ISO 3166-1 alpha-3 code of the country the person stands for (an id in
#            countries.lex; SUN for the Soviet Union, YUG, CSK; East Germany is DEU).
#            A person who led two states (Milosevic) gets the main one.
#   support  codes whose strong mention confirms the entry's weak aliases: the
#            person's country (and, for some, the states their news is usually about)
# Aliases: full names are strong; a surname alone is strong only when it is
# distinctive in news (Putin, Netanyahu, Kagame, Museveni...). A surname that is
# a common word, a common surname or a first name, or that two leaders share
# (Bush, Assad, Kabila, Castro, Sharif, Gandhi, Aoun, Kirchner, Trudeau...), is
# weak ("?"), often also exact case ("=?May", "=?Major", "=?Truss"). "Xi" alone is
# only weak and exact. French forms are given where they differ (Poutine,
# Netanyahou, Kadhafi, Moubarak, Gorbatchev...). Accents, case and hyphens fold,
# so "Erdogan" = "Erdoğan" and "Kim Jong-un" = "Kim Jong Un".
#
# Sources of facts (no text copied): official government and head-of-state
# websites; the UN Protocol and Liaison Service list of Heads of State, Heads of
# Government and Ministers for Foreign Affairs; public encyclopaedic facts on
# offices and terms; the leader names in the PETRARCH2/Phoenix country actor
# dictionary (openeventdata/petrarch2, MIT, /work/shared/corpora/petrarch2-dictionaries)
# as a cross-check of spellings for older leaders.
#
# Written by the georisk team. Check a change for alias collisions against
# countries.lex, armed_groups.lex and organisations.lex (every alias folded).

@signal actor


# ======================================================================
# Africa (current, as of late November 2025)
# ======================================================================

# Abdelmadjid Tebboune: President of Algeria 2019-.
L.tebboune kind=person name="Abdelmadjid Tebboune" of=DZA : Abdelmadjid Tebboune | Tebboune
# João Lourenço: President of Angola 2017-.
L.lourenco kind=person name="João Lourenço" of=AGO support=AGO : João Lourenço | ?Lourenço
# Patrice Talon: President of Benin 2016-.
L.talon kind=person name="Patrice Talon" of=BEN support=BEN : Patrice Talon | =?Talon
# Duma Boko: President of Botswana 2024-.
L.boko kind=person name="Duma Boko" of=BWA : Duma Boko
# Ibrahim Traoré: head of the military government of Burkina Faso 2022-.
L.traore kind=person name="Ibrahim Traoré" of=BFA support=BFA : Ibrahim Traoré | Capitaine Traoré | Captain Traoré
     | ?Traoré
# Jean Emmanuel Ouédraogo: Prime Minister of Burkina Faso 2024-.
L.ouedraogo_je kind=person name="Jean Emmanuel Ouédraogo" of=BFA : Jean Emmanuel Ouédraogo
# Évariste Ndayishimiye: President of Burundi 2020-.
L.ndayishimiye kind=person name="Évariste Ndayishimiye" of=BDI : Évariste Ndayishimiye | Ndayishimiye
# Paul Biya: President of Cameroon 1982- (re-elected 2025).
L.biya kind=person name="Paul Biya" of=CMR : Paul Biya | Biya
# Joseph Dion Ngute: Prime Minister of Cameroon 2019-.
L.dion_ngute kind=person name="Joseph Dion Ngute" of=CMR : Joseph Dion Ngute | Dion Ngute
# José Maria Neves: President of Cabo Verde 2021-; Prime Minister 2001-2016.
L.neves kind=person name="José Maria Neves" of=CPV : José Maria Neves
# Ulisses Correia e Silva: Prime Minister of Cabo Verde 2016-.
L.correia_e_silva kind=person name="Ulisses Correia e Silva" of=CPV : Ulisses Correia e Silva
# Faustin-Archange Touadéra: President of the Central African Republic 2016-.
L.touadera kind=person name="Faustin-Archange Touadéra" of=CAF : Faustin-Archange Touadéra | Touadéra
# Félix Moloua: Prime Minister of the Central African Republic 2022-.
L.moloua kind=person name="Félix Moloua" of=CAF : Félix Moloua | Moloua
# Mahamat Idriss Déby: President of Chad 2021- (transitional until 2024).
L.deby_mahamat kind=person name="Mahamat Idriss Déby" of=TCD support=TCD
     : Mahamat Idriss Déby | Mahamat Déby | Mahamat Idriss Déby Itno | Mahamat Kaka | ?Déby
# Allamaye Halina: Prime Minister of Chad 2024-.
L.halina kind=person name="Allamaye Halina" of=TCD : Allamaye Halina
# Azali Assoumani: President of the Comoros 1999-2006, 2016-.
L.azali kind=person name="Azali Assoumani" of=COM : Azali Assoumani | Azali
# Félix Tshisekedi: President of the DR Congo 2019-.
L.tshisekedi kind=person name="Félix Tshisekedi" of=COD : Félix Tshisekedi | Félix-Antoine Tshisekedi | Tshisekedi
     | Fatshi
# Judith Suminwa: Prime Minister of the DR Congo 2024-.
L.suminwa kind=person name="Judith Suminwa" of=COD : Judith Suminwa | Judith Suminwa Tuluka | Suminwa
# Denis Sassou Nguesso: President of the Republic of the Congo 1979-1992, 1997-.
L.sassou kind=person name="Denis Sassou Nguesso" of=COG : Denis Sassou Nguesso | Sassou Nguesso | Sassou
# Anatole Collinet Makosso: Prime Minister of the Republic of the Congo 2021-.
L.makosso kind=person name="Anatole Collinet Makosso" of=COG : Anatole Collinet Makosso | Collinet Makosso
# Ismaïl Omar Guelleh: President of Djibouti 1999-.
L.guelleh kind=person name="Ismaïl Omar Guelleh" of=DJI : Ismaïl Omar Guelleh | Guelleh
# Abdoulkader Kamil Mohamed: Prime Minister of Djibouti 2013-.
L.kamil_mohamed kind=person name="Abdoulkader Kamil Mohamed" of=DJI : Abdoulkader Kamil Mohamed
# Abdel Fattah el-Sisi: President of Egypt 2014-; army chief who removed Morsi in 2013.
L.sisi kind=person name="Abdel Fattah el-Sisi" of=EGY support=EGY : Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Abdel Fattah Sisi
     | el-Sisi | al-Sisi | Sisi | Abdel Fattah al-Sissi | al-Sissi | ?Sissi
# Mostafa Madbouly: Prime Minister of Egypt 2018-.
L.madbouly kind=person name="Mostafa Madbouly" of=EGY : Mostafa Madbouly | Moustafa Madbouly | Madbouly | Madbouli
# Teodoro Obiang Nguema Mbasogo: President of Equatorial Guinea 1979-.
L.obiang kind=person name="Teodoro Obiang Nguema Mbasogo" of=GNQ support=GNQ
     : Teodoro Obiang Nguema Mbasogo | Teodoro Obiang Nguema | Teodoro Obiang | ?Obiang
# Isaias Afwerki: President of Eritrea 1993-.
L.afwerki kind=person name="Isaias Afwerki" of=ERI support=ERI : Isaias Afwerki | Issayas Afeworki | Afwerki | ?Isaias
# Mswati III: King of Eswatini 1986-.
L.mswati kind=person name="Mswati III" of=SWZ : Mswati III | King Mswati | Mswati
# Russell Mmiso Dlamini: Prime Minister of Eswatini 2023-.
L.dlamini_r kind=person name="Russell Mmiso Dlamini" of=SWZ : Russell Mmiso Dlamini | Russell Dlamini
# Abiy Ahmed: Prime Minister of Ethiopia 2018-.
L.abiy kind=person name="Abiy Ahmed" of=ETH : Abiy Ahmed | Abiy Ahmed Ali | Abiy
# Taye Atske Selassie: President of Ethiopia 2024-.
L.taye kind=person name="Taye Atske Selassie" of=ETH : Taye Atske Selassie
# Brice Clotaire Oligui Nguema: President of Gabon 2023- (transitional until his 2025 election).
L.oligui kind=person name="Brice Clotaire Oligui Nguema" of=GAB : Brice Clotaire Oligui Nguema | Brice Oligui Nguema
     | Oligui Nguema | Oligui
# Adama Barrow: President of the Gambia 2017-.
L.barrow kind=person name="Adama Barrow" of=GMB support=GMB,SEN : Adama Barrow | =?Barrow
# John Dramani Mahama: President of Ghana 2012-2017, 2025-.
L.mahama kind=person name="John Dramani Mahama" of=GHA : John Dramani Mahama | John Mahama | Mahama
# Mamadi Doumbouya: President of Guinea 2021- (head of the transition).
L.doumbouya kind=person name="Mamadi Doumbouya" of=GIN : Mamadi Doumbouya | Doumbouya
# Amadou Oury Bah: Prime Minister of Guinea 2024-.
L.oury_bah kind=person name="Amadou Oury Bah" of=GIN : Amadou Oury Bah | Bah Oury
# Umaro Sissoco Embaló: President of Guinea-Bissau 2020-2025 (removed by the military, November 2025).
L.embalo kind=person name="Umaro Sissoco Embaló" of=GNB : Umaro Sissoco Embaló | Sissoco Embaló | Embaló
# Alassane Ouattara: President of Côte d'Ivoire 2010- (re-elected 2025); Prime Minister 1990-1993.
L.ouattara kind=person name="Alassane Ouattara" of=CIV support=CIV : Alassane Ouattara | Alassane Dramane Ouattara
     | =?ADO | ?Ouattara
# Robert Beugré Mambé: Prime Minister of Côte d'Ivoire 2023-.
L.beugre_mambe kind=person name="Robert Beugré Mambé" of=CIV : Robert Beugré Mambé | Beugré Mambé
# William Ruto: President of Kenya 2022-; Deputy President 2013-2022.
L.ruto kind=person name="William Ruto" of=KEN support=KEN : William Ruto | William Samoei Ruto | ?Ruto
# Letsie III: King of Lesotho 1990-1995, 1996-.
L.letsie kind=person name="Letsie III" of=LSO : Letsie III | King Letsie
# Sam Matekane: Prime Minister of Lesotho 2022-.
L.matekane kind=person name="Sam Matekane" of=LSO : Sam Matekane | Matekane
# Joseph Boakai: President of Liberia 2024-.
L.boakai kind=person name="Joseph Boakai" of=LBR : Joseph Boakai | Joseph Nyuma Boakai | Boakai
# Abdul Hamid Dbeibah: Prime Minister of Libya's Government of National Unity (Tripoli) 2021-.
L.dbeibah kind=person name="Abdul Hamid Dbeibah" of=LBY : Abdul Hamid Dbeibah | Abdulhamid Dbeibah | Abdul Hamid Dbeibeh
     | Dbeibah | Dbeibeh | Dbeiba
# Mohamed al-Menfi: Chairman of Libya's Presidential Council 2021-.
L.menfi kind=person name="Mohamed al-Menfi" of=LBY : Mohamed al-Menfi | Mohammed al-Menfi | Mohamed Younis al-Menfi
     | al-Menfi | Menfi
# Michael Randrianirina: President of Madagascar 2025- (army colonel who took power in October 2025).
L.randrianirina kind=person name="Michael Randrianirina" of=MDG : Michael Randrianirina | Randrianirina
# Peter Mutharika: President of Malawi 2014-2020, 2025-.
L.mutharika kind=person name="Peter Mutharika" of=MWI : Peter Mutharika | Arthur Peter Mutharika | Mutharika
# Assimi Goïta: President of Mali 2021- (head of the military government).
L.goita kind=person name="Assimi Goïta" of=MLI : Assimi Goïta | Goïta
# Abdoulaye Maïga: Prime Minister of Mali 2024-.
L.maiga kind=person name="Abdoulaye Maïga" of=MLI : Abdoulaye Maïga
# Mohamed Ould Ghazouani: President of Mauritania 2019-.
L.ghazouani kind=person name="Mohamed Ould Ghazouani" of=MRT : Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani
     | Ould Ghazouani | Ghazouani
# Mokhtar Ould Djay: Prime Minister of Mauritania 2024-.
L.ould_djay kind=person name="Mokhtar Ould Djay" of=MRT : Mokhtar Ould Djay | Ould Djay
# Navin Ramgoolam: Prime Minister of Mauritius 1995-2000, 2005-2014, 2024-.
L.ramgoolam kind=person name="Navin Ramgoolam" of=MUS : Navin Ramgoolam | Ramgoolam
# Dharam Gokhool: President of Mauritius 2024-.
L.gokhool kind=person name="Dharam Gokhool" of=MUS : Dharam Gokhool | Gokhool
# Mohammed VI: King of Morocco 1999-.
L.mohammed6 kind=person name="Mohammed VI" of=MAR : Mohammed VI | Mohamed VI | King Mohammed VI | roi Mohammed VI
# Aziz Akhannouch: Head of Government of Morocco 2021-.
L.akhannouch kind=person name="Aziz Akhannouch" of=MAR : Aziz Akhannouch | Akhannouch
# Daniel Chapo: President of Mozambique 2025-.
L.chapo kind=person name="Daniel Chapo" of=MOZ support=MOZ : Daniel Chapo | Daniel Francisco Chapo | =?Chapo
# Maria Benvinda Levi: Prime Minister of Mozambique 2025-.
L.benvinda_levi kind=person name="Maria Benvinda Levi" of=MOZ : Maria Benvinda Levi | Benvinda Levi
# Netumbo Nandi-Ndaitwah: President of Namibia 2025-.
L.nandi_ndaitwah kind=person name="Netumbo Nandi-Ndaitwah" of=NAM : Netumbo Nandi-Ndaitwah | Nandi-Ndaitwah
# Elijah Ngurare: Prime Minister of Namibia 2025-.
L.ngurare kind=person name="Elijah Ngurare" of=NAM : Elijah Ngurare | Ngurare
# Abdourahamane Tiani: head of the military government of Niger 2023- (President of the transition 2025-).
L.tiani kind=person name="Abdourahamane Tiani" of=NER : Abdourahamane Tiani | Abdourahmane Tchiani | Abdourahamane Tchiani
     | Tiani | Tchiani
# Ali Lamine Zeine: Prime Minister of Niger 2023-.
L.zeine kind=person name="Ali Lamine Zeine" of=NER : Ali Lamine Zeine | Ali Mahaman Lamine Zeine
# Bola Tinubu: President of Nigeria 2023-.
L.tinubu kind=person name="Bola Tinubu" of=NGA : Bola Tinubu | Bola Ahmed Tinubu | Tinubu
# Paul Kagame: President of Rwanda 2000-; Vice-President 1994-2000.
L.kagame kind=person name="Paul Kagame" of=RWA : Paul Kagame | Kagame
# Justin Nsengiyumva: Prime Minister of Rwanda 2025-.
L.nsengiyumva kind=person name="Justin Nsengiyumva" of=RWA : Justin Nsengiyumva
# Carlos Vila Nova: President of São Tomé and Príncipe 2021-.
L.vila_nova kind=person name="Carlos Vila Nova" of=STP : Carlos Vila Nova
# Bassirou Diomaye Faye: President of Senegal 2024-.
L.faye kind=person name="Bassirou Diomaye Faye" of=SEN support=SEN : Bassirou Diomaye Faye | Diomaye Faye | Diomaye
     | =?Faye
# Ousmane Sonko: Prime Minister of Senegal 2024-.
L.sonko kind=person name="Ousmane Sonko" of=SEN support=SEN : Ousmane Sonko | ?Sonko
# Patrick Herminie: President of Seychelles 2025-.
L.herminie kind=person name="Patrick Herminie" of=SYC : Patrick Herminie | Herminie
# Julius Maada Bio: President of Sierra Leone 2018-; head of the military government in 1996.
L.maada_bio kind=person name="Julius Maada Bio" of=SLE : Julius Maada Bio | Maada Bio
# Hassan Sheikh Mohamud: President of Somalia 2012-2017, 2022-.
L.hassan_sheikh kind=person name="Hassan Sheikh Mohamud" of=SOM : Hassan Sheikh Mohamud | Hassan Sheikh Mohamed
     | Hassan Cheikh Mohamoud
# Hamza Abdi Barre: Prime Minister of Somalia 2022-.
L.hamza_barre kind=person name="Hamza Abdi Barre" of=SOM support=SOM : Hamza Abdi Barre | ?Barre
# Cyril Ramaphosa: President of South Africa 2018-.
L.ramaphosa kind=person name="Cyril Ramaphosa" of=ZAF : Cyril Ramaphosa | Ramaphosa
# Salva Kiir: President of South Sudan 2005- (of the autonomous south until 2011).
L.kiir kind=person name="Salva Kiir" of=SSD : Salva Kiir | Salva Kiir Mayardit | Kiir
# Abdel Fattah al-Burhan: head of Sudan's Transitional Sovereignty Council 2019-; army chief.
L.burhan kind=person name="Abdel Fattah al-Burhan" of=SDN support=SDN : Abdel Fattah al-Burhan | Abdel Fattah Burhan
     | Abdel Fattah al-Burhane | al-Burhan | al-Burhane | ?Burhan | ?Burhane
# Kamil Idris: Prime Minister of Sudan 2025-.
L.kamil_idris kind=person name="Kamil Idris" of=SDN : Kamil Idris | Kamil el-Tayeb Idris
# Samia Suluhu Hassan: President of Tanzania 2021-.
L.samia kind=person name="Samia Suluhu Hassan" of=TZA : Samia Suluhu Hassan | Samia Suluhu | Suluhu
# Faure Gnassingbé: President of Togo 2005-2025; President of the Council of Ministers 2025-.
L.faure_gnassingbe kind=person name="Faure Gnassingbé" of=TGO support=TGO : Faure Gnassingbé | Faure Essozimna Gnassingbé
     | ?Gnassingbé
# Jean-Lucien Savi de Tové: President of Togo 2025- (ceremonial).
L.savi_de_tove kind=person name="Jean-Lucien Savi de Tové" of=TGO : Jean-Lucien Savi de Tové | Savi de Tové
# Kais Saied: President of Tunisia 2019-.
L.saied kind=person name="Kais Saied" of=TUN support=TUN : Kais Saied | Kais Said | ?Saied
# Sara Zaafrani Zenzri: Prime Minister of Tunisia 2025-.
L.zenzri kind=person name="Sara Zaafrani Zenzri" of=TUN : Sara Zaafrani Zenzri | Sarra Zaafrani Zenzri | Zaafrani Zenzri
# Yoweri Museveni: President of Uganda 1986-.
L.museveni kind=person name="Yoweri Museveni" of=UGA : Yoweri Museveni | Yoweri Kaguta Museveni | Museveni
# Robinah Nabbanja: Prime Minister of Uganda 2021-.
L.nabbanja kind=person name="Robinah Nabbanja" of=UGA : Robinah Nabbanja | Nabbanja
# Hakainde Hichilema: President of Zambia 2021-.
L.hichilema kind=person name="Hakainde Hichilema" of=ZMB : Hakainde Hichilema | Hichilema
# Emmerson Mnangagwa: President of Zimbabwe 2017-.
L.mnangagwa kind=person name="Emmerson Mnangagwa" of=ZWE : Emmerson Mnangagwa | Emmerson Dambudzo Mnangagwa | Mnangagwa


# ======================================================================
# Middle East and North Africa, Türkiye, Iran (current)
# ======================================================================

# Benjamin Netanyahu: Prime Minister of Israel 1996-1999, 2009-2021, 2022-.
L.netanyahu kind=person name="Benjamin Netanyahu" of=ISR support=ISR : Benjamin Netanyahu | Binyamin Netanyahu
     | Netanyahu | Netanyahou | Benyamin Netanyahou | =?Bibi
# Isaac Herzog: President of Israel 2021-.
L.herzog_i kind=person name="Isaac Herzog" of=ISR support=ISR : Isaac Herzog | Yitzhak Herzog | ?Herzog
# Mahmoud Abbas: President of the Palestinian Authority 2005-; PLO chairman 2004-.
L.abbas kind=person name="Mahmoud Abbas" of=PSE support=PSE,ISR : Mahmoud Abbas | Abu Mazen | ?Abbas
# Mohammad Mustafa: Prime Minister of the Palestinian Authority 2024-.
L.mustafa_m kind=person name="Mohammad Mustafa" of=PSE support=PSE,ISR : ?Mohammad Mustafa | ?Mohammed Mustafa
# Ali Khamenei: Supreme Leader of Iran 1989-; President 1981-1989.
L.khamenei kind=person name="Ali Khamenei" of=IRN : Ali Khamenei | Ayatollah Khamenei | Ayatollah Ali Khamenei | Khamenei
     | Khamene'i
# Masoud Pezeshkian: President of Iran 2024-.
L.pezeshkian kind=person name="Masoud Pezeshkian" of=IRN : Masoud Pezeshkian | Massoud Pezeshkian | Pezeshkian
     | Pezechkian | Massoud Pezechkian
# Abdul Latif Rashid: President of Iraq 2022-.
L.latif_rashid kind=person name="Abdul Latif Rashid" of=IRQ : Abdul Latif Rashid | Abdul Latif Jamal Rashid
# Mohammed Shia al-Sudani: Prime Minister of Iraq 2022-.
L.sudani kind=person name="Mohammed Shia al-Sudani" of=IRQ support=IRQ : Mohammed Shia al-Sudani | Mohammed Shia' al-Sudani
     | Mohammed Chia al-Soudani | ?al-Sudani | ?Sudani
# Ahmed al-Sharaa: President of Syria 2025- (de facto leader from December 2024); formerly HTS commander Abu Mohammed al-Jolani.
L.sharaa kind=person name="Ahmed al-Sharaa" of=SYR : Ahmed al-Sharaa | Ahmad al-Sharaa | Ahmed al-Chareh | Ahmad al-Chareh
     | al-Sharaa | al-Chareh | Sharaa
# Joseph Aoun: President of Lebanon 2025-; army commander 2017-2025.
L.aoun_j kind=person name="Joseph Aoun" of=LBN support=LBN : Joseph Aoun | ?Aoun
# Nawaf Salam: Prime Minister of Lebanon 2025-.
L.salam kind=person name="Nawaf Salam" of=LBN support=LBN : Nawaf Salam | =?Salam
# Abdullah II: King of Jordan 1999-.
L.abdullah2 kind=person name="Abdullah II" of=JOR support=JOR : King Abdullah II | Abdullah II | roi Abdallah II
     | Abdallah II | ?King Abdullah
# Jafar Hassan: Prime Minister of Jordan 2024-.
L.jafar_hassan kind=person name="Jafar Hassan" of=JOR : Jafar Hassan | Jaafar Hassan
# Salman bin Abdulaziz: King of Saudi Arabia 2015-.
L.king_salman kind=person name="Salman bin Abdulaziz" of=SAU : King Salman | Salman bin Abdulaziz | Salman bin Abdulaziz Al Saud
     | roi Salmane
# Mohammed bin Salman: Crown Prince of Saudi Arabia 2017-; Prime Minister 2022-.
L.mbs kind=person name="Mohammed bin Salman" of=SAU support=SAU : Mohammed bin Salman | Mohammad bin Salman
     | Mohamed bin Salman | Mohammed ben Salmane | Mohammed ben Salman | =?MBS
# Mohamed bin Zayed Al Nahyan: President of the United Arab Emirates 2022-; ruler of Abu Dhabi.
L.mbz kind=person name="Mohamed bin Zayed" of=ARE support=ARE : Mohamed bin Zayed | Mohammed bin Zayed
     | Mohamed bin Zayed Al Nahyan | Mohammed ben Zayed | Mohamed ben Zayed | =?MBZ
# Mohammed bin Rashid Al Maktoum: Vice President and Prime Minister of the UAE 2006-; ruler of Dubai.
L.maktoum kind=person name="Mohammed bin Rashid Al Maktoum" of=ARE : Mohammed bin Rashid Al Maktoum | Mohammed bin Rashid
     | Mohammed ben Rachid Al Maktoum
# Tamim bin Hamad Al Thani: Emir of Qatar 2013-.
L.tamim kind=person name="Tamim bin Hamad Al Thani" of=QAT : Tamim bin Hamad Al Thani | Tamim bin Hamad | Emir Tamim
     | Sheikh Tamim | Tamim ben Hamad
# Mohammed bin Abdulrahman Al Thani: Prime Minister and Foreign Minister of Qatar 2023-.
L.mbar kind=person name="Mohammed bin Abdulrahman Al Thani" of=QAT : Mohammed bin Abdulrahman Al Thani
     | Mohammed bin Abdulrahman | Mohammed ben Abderrahmane Al Thani
# Mishal al-Ahmad al-Jaber al-Sabah: Emir of Kuwait 2023-.
L.mishal kind=person name="Mishal al-Ahmad al-Jaber al-Sabah" of=KWT : Mishal al-Ahmad al-Jaber al-Sabah
     | Mishal al-Ahmad | Sheikh Mishal | Emir Mishal
# Ahmad Abdullah al-Ahmad al-Sabah: Prime Minister of Kuwait 2024-.
L.ahmad_abdullah_sabah kind=person name="Ahmad Abdullah al-Ahmad al-Sabah" of=KWT : Ahmad Abdullah al-Ahmad al-Sabah
     | Ahmad al-Abdullah al-Sabah
# Hamad bin Isa Al Khalifa: King of Bahrain 2002- (Emir 1999-2002).
L.hamad_bahrain kind=person name="Hamad bin Isa Al Khalifa" of=BHR : Hamad bin Isa Al Khalifa | Hamad bin Isa | King Hamad
# Salman bin Hamad Al Khalifa: Crown Prince and Prime Minister of Bahrain 2020-.
L.salman_bahrain kind=person name="Salman bin Hamad Al Khalifa" of=BHR : Salman bin Hamad Al Khalifa | Salman bin Hamad
# Haitham bin Tariq: Sultan of Oman 2020-.
L.haitham kind=person name="Haitham bin Tariq" of=OMN : Haitham bin Tariq | Haitham bin Tarik | Sultan Haitham
     | Haitham ben Tariq
# Rashad al-Alimi: Chairman of Yemen's Presidential Leadership Council 2022-.
L.alimi kind=person name="Rashad al-Alimi" of=YEM support=YEM : Rashad al-Alimi | Rashad Alimi | al-Alimi | ?Alimi
# Salem bin Breik: Prime Minister of Yemen 2025-.
L.bin_breik kind=person name="Salem bin Breik" of=YEM : Salem bin Breik | Salem Saleh bin Braik | Salem bin Braik
# Recep Tayyip Erdoğan: President of Türkiye 2014-; Prime Minister 2003-2014.
L.erdogan kind=person name="Recep Tayyip Erdoğan" of=TUR : Recep Tayyip Erdoğan | Tayyip Erdoğan | Erdoğan
# Nikos Christodoulides: President of Cyprus 2023-.
L.christodoulides kind=person name="Nikos Christodoulides" of=CYP : Nikos Christodoulides | Christodoulides


# ======================================================================
# G20, Europe, Asia and the Americas (current)
# ======================================================================

# Donald Trump: President of the United States 2017-2021, 2025-.
L.trump kind=person name="Donald Trump" of=USA : Donald Trump | Donald J. Trump | =Trump | President Trump
# Vladimir Putin: President of Russia 2000-2008, 2012-; Prime Minister 1999-2000, 2008-2012.
L.putin kind=person name="Vladimir Putin" of=RUS : Vladimir Putin | Vladimir Vladimirovich Putin | Putin | Vladimir Poutine
     | =Poutine | Wladimir Putin
# Mikhail Mishustin: Prime Minister of Russia 2020-.
L.mishustin kind=person name="Mikhail Mishustin" of=RUS : Mikhail Mishustin | Mishustin | Mikhaïl Michoustine | Michoustine
# Volodymyr Zelensky: President of Ukraine 2019-.
L.zelensky kind=person name="Volodymyr Zelensky" of=UKR : Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy
     | Volodymyr Zelenski | Zelensky | Zelenskyy | Zelenskiy | Zelenski | Zelenskyi | Volodimir Zelensky
# Yulia Svyrydenko: Prime Minister of Ukraine 2025-.
L.svyrydenko kind=person name="Yulia Svyrydenko" of=UKR : Yulia Svyrydenko | Ioulia Svyrydenko | Svyrydenko
# Alexander Lukashenko: President of Belarus 1994-.
L.lukashenko kind=person name="Alexander Lukashenko" of=BLR : Alexander Lukashenko | Alyaksandr Lukashenka | Aleksandr Lukashenko
     | Lukashenko | Lukashenka | Alexandre Loukachenko | Loukachenko
# Xi Jinping: General Secretary of the Chinese Communist Party 2012-; President of China 2013-.
L.xi kind=person name="Xi Jinping" of=CHN support=CHN : Xi Jinping | President Xi | =?Xi
# Li Qiang: Premier of China 2023-.
L.li_qiang kind=person name="Li Qiang" of=CHN : Li Qiang | Premier Li Qiang
# Lai Ching-te: President of Taiwan 2024-.
L.lai_ching_te kind=person name="Lai Ching-te" of=TWN : Lai Ching-te | William Lai | William Lai Ching-te
# Sanae Takaichi: Prime Minister of Japan 2025-.
L.takaichi kind=person name="Sanae Takaichi" of=JPN : Sanae Takaichi | Takaichi
# Naruhito: Emperor of Japan 2019-.
L.naruhito kind=person name="Naruhito" of=JPN : Emperor Naruhito | Naruhito
# Lee Jae-myung: President of South Korea 2025-.
L.lee_jae_myung kind=person name="Lee Jae-myung" of=KOR : Lee Jae-myung
# Kim Min-seok: Prime Minister of South Korea 2025-.
L.kim_min_seok kind=person name="Kim Min-seok" of=KOR support=KOR : ?Kim Min-seok
# Kim Jong Un: Supreme Leader of North Korea 2011-.
L.kim_jong_un kind=person name="Kim Jong Un" of=PRK : Kim Jong Un | Kim Jong-eun | Kim Jong Oun
# Narendra Modi: Prime Minister of India 2014-.
L.modi kind=person name="Narendra Modi" of=IND : Narendra Modi | Modi
# Droupadi Murmu: President of India 2022-.
L.murmu kind=person name="Droupadi Murmu" of=IND : Droupadi Murmu | Draupadi Murmu | Murmu
# Shehbaz Sharif: Prime Minister of Pakistan 2022-2023, 2024-.
L.shehbaz_sharif kind=person name="Shehbaz Sharif" of=PAK support=PAK : Shehbaz Sharif | Shahbaz Sharif | ?Sharif
# Asif Ali Zardari: President of Pakistan 2008-2013, 2024-.
L.zardari kind=person name="Asif Ali Zardari" of=PAK : Asif Ali Zardari | Zardari
# Muhammad Yunus: Chief Adviser of Bangladesh's interim government 2024-.
L.yunus kind=person name="Muhammad Yunus" of=BGD support=BGD : Muhammad Yunus | Mohammad Yunus | ?Yunus
# Anura Kumara Dissanayake: President of Sri Lanka 2024-.
L.dissanayake kind=person name="Anura Kumara Dissanayake" of=LKA support=LKA : Anura Kumara Dissanayake | Anura Dissanayake
     | ?Dissanayake
# Harini Amarasuriya: Prime Minister of Sri Lanka 2024-.
L.amarasuriya kind=person name="Harini Amarasuriya" of=LKA : Harini Amarasuriya | Amarasuriya
# Sushila Karki: interim Prime Minister of Nepal 2025-.
L.karki kind=person name="Sushila Karki" of=NPL : Sushila Karki
# Hibatullah Akhundzada: Supreme Leader of the Taliban 2016- and of Afghanistan's de facto government 2021-.
L.akhundzada kind=person name="Hibatullah Akhundzada" of=AFG : Hibatullah Akhundzada | Haibatullah Akhundzada | Akhundzada
# Min Aung Hlaing: head of Myanmar's military government 2021- (acting President 2024-).
L.min_aung_hlaing kind=person name="Min Aung Hlaing" of=MMR : Min Aung Hlaing
# Prabowo Subianto: President of Indonesia 2024-.
L.prabowo kind=person name="Prabowo Subianto" of=IDN : Prabowo Subianto | Prabowo
# Ferdinand Marcos Jr.: President of the Philippines 2022-.
L.marcos_jr kind=person name="Ferdinand Marcos Jr." of=PHL support=PHL : Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Marcos Jr.
     | Bongbong Marcos | Ferdinand Romualdez Marcos Jr. | ?Marcos
# Anutin Charnvirakul: Prime Minister of Thailand 2025-.
L.anutin kind=person name="Anutin Charnvirakul" of=THA : Anutin Charnvirakul | Anutin
# Hun Manet: Prime Minister of Cambodia 2023-.
L.hun_manet kind=person name="Hun Manet" of=KHM : Hun Manet
# Anwar Ibrahim: Prime Minister of Malaysia 2022-.
L.anwar kind=person name="Anwar Ibrahim" of=MYS support=MYS : Anwar Ibrahim | ?Anwar
# Lawrence Wong: Prime Minister of Singapore 2024-.
L.lawrence_wong kind=person name="Lawrence Wong" of=SGP : Lawrence Wong
# Tô Lâm: General Secretary of Vietnam's Communist Party 2024-; President 2024.
L.to_lam kind=person name="Tô Lâm" of=VNM : =To Lam
# Nikol Pashinyan: Prime Minister of Armenia 2018-.
L.pashinyan kind=person name="Nikol Pashinyan" of=ARM : Nikol Pashinyan | Pashinyan | Nikol Pachinian | Pachinian
# Ilham Aliyev: President of Azerbaijan 2003-.
L.aliyev_i kind=person name="Ilham Aliyev" of=AZE support=AZE : Ilham Aliyev | Ilham Aliev | ?Aliyev | ?Aliev
# Irakli Kobakhidze: Prime Minister of Georgia 2024-.
L.kobakhidze kind=person name="Irakli Kobakhidze" of=GEO : Irakli Kobakhidze | Kobakhidze
# Mikheil Kavelashvili: President of Georgia 2024- (inauguration disputed by the opposition).
L.kavelashvili kind=person name="Mikheil Kavelashvili" of=GEO : Mikheil Kavelashvili | Kavelashvili
# Kassym-Jomart Tokayev: President of Kazakhstan 2019-.
L.tokayev kind=person name="Kassym-Jomart Tokayev" of=KAZ : Kassym-Jomart Tokayev | Tokayev | Tokaïev
# Shavkat Mirziyoyev: President of Uzbekistan 2016-.
L.mirziyoyev kind=person name="Shavkat Mirziyoyev" of=UZB : Shavkat Mirziyoyev | Mirziyoyev | Mirziyoev
# Emomali Rahmon: President of Tajikistan 1992-.
L.rahmon kind=person name="Emomali Rahmon" of=TJK : Emomali Rahmon | Emomali Rahmonov | Rahmon
# Sadyr Japarov: President of Kyrgyzstan 2021-.
L.japarov kind=person name="Sadyr Japarov" of=KGZ : Sadyr Japarov | Sadyr Zhaparov | Japarov
# Serdar Berdimuhamedov: President of Turkmenistan 2022-.
L.berdimuhamedov_s kind=person name="Serdar Berdimuhamedov" of=TKM support=TKM : Serdar Berdimuhamedov | ?Berdimuhamedov
# Keir Starmer: Prime Minister of the United Kingdom 2024-.
L.starmer kind=person name="Keir Starmer" of=GBR : Keir Starmer | Starmer
# Charles III: King of the United Kingdom 2022-.
L.charles3 kind=person name="Charles III" of=GBR : King Charles III | King Charles | Charles III | roi Charles III
# Emmanuel Macron: President of France 2017-.
L.macron kind=person name="Emmanuel Macron" of=FRA : Emmanuel Macron | Macron
# Sébastien Lecornu: Prime Minister of France 2025-.
L.lecornu kind=person name="Sébastien Lecornu" of=FRA : Sébastien Lecornu | Lecornu
# Friedrich Merz: Chancellor of Germany 2025-.
L.merz kind=person name="Friedrich Merz" of=DEU : Friedrich Merz | Merz
# Frank-Walter Steinmeier: President of Germany 2017-; Foreign Minister 2005-2009, 2013-2017.
L.steinmeier kind=person name="Frank-Walter Steinmeier" of=DEU : Frank-Walter Steinmeier | Steinmeier
# Giorgia Meloni: Prime Minister of Italy 2022-.
L.meloni kind=person name="Giorgia Meloni" of=ITA : Giorgia Meloni | Meloni
# Sergio Mattarella: President of Italy 2015-.
L.mattarella kind=person name="Sergio Mattarella" of=ITA : Sergio Mattarella | Mattarella
# Pedro Sánchez: Prime Minister of Spain 2018-.
L.sanchez_p kind=person name="Pedro Sánchez" of=ESP support=ESP : Pedro Sánchez | ?Sánchez
# Felipe VI: King of Spain 2014-.
L.felipe6 kind=person name="Felipe VI" of=ESP : Felipe VI | King Felipe | roi Felipe VI
# Kyriakos Mitsotakis: Prime Minister of Greece 2019-2023, 2023-.
L.mitsotakis kind=person name="Kyriakos Mitsotakis" of=GRC : Kyriakos Mitsotakis | Mitsotakis
# Viktor Orbán: Prime Minister of Hungary 1998-2002, 2010-.
L.orban kind=person name="Viktor Orbán" of=HUN : Viktor Orbán | Orbán
# Donald Tusk: Prime Minister of Poland 2007-2014, 2023-; President of the European Council 2014-2019.
L.tusk kind=person name="Donald Tusk" of=POL : Donald Tusk | =Tusk
# Karol Nawrocki: President of Poland 2025-.
L.nawrocki kind=person name="Karol Nawrocki" of=POL : Karol Nawrocki | Nawrocki
# Robert Fico: Prime Minister of Slovakia 2006-2010, 2012-2018, 2023-.
L.fico kind=person name="Robert Fico" of=SVK : Robert Fico | Fico
# Aleksandar Vučić: President of Serbia 2017-; Prime Minister 2014-2017.
L.vucic kind=person name="Aleksandar Vučić" of=SRB : Aleksandar Vučić | Vučić
# Maia Sandu: President of Moldova 2020-.
L.sandu kind=person name="Maia Sandu" of=MDA support=MDA : Maia Sandu | ?Sandu
# Nicușor Dan: President of Romania 2025-.
L.nicusor_dan kind=person name="Nicușor Dan" of=ROU : Nicușor Dan
# Albin Kurti: Prime Minister of Kosovo 2020, 2021-.
L.kurti kind=person name="Albin Kurti" of=XKX : Albin Kurti | Kurti
# Vjosa Osmani: President of Kosovo 2021-.
L.osmani kind=person name="Vjosa Osmani" of=XKX support=XKX : Vjosa Osmani | Vjosa Osmani-Sadriu | ?Osmani
# Leo XIV: Pope 2025-.
L.leo14 kind=person name="Pope Leo XIV" of=VAT : Pope Leo XIV | Pope Leo | Leo XIV | pape Léon XIV | Léon XIV
# Mark Carney: Prime Minister of Canada 2025-.
L.carney kind=person name="Mark Carney" of=CAN support=CAN : Mark Carney | ?Carney
# Anthony Albanese: Prime Minister of Australia 2022-.
L.albanese kind=person name="Anthony Albanese" of=AUS support=AUS : Anthony Albanese | ?Albanese
# Claudia Sheinbaum: President of Mexico 2024-.
L.sheinbaum kind=person name="Claudia Sheinbaum" of=MEX : Claudia Sheinbaum | Sheinbaum
# Luiz Inácio Lula da Silva: President of Brazil 2003-2010, 2023-.
L.lula kind=person name="Luiz Inácio Lula da Silva" of=BRA : Luiz Inácio Lula da Silva | Lula da Silva | Lula
# Javier Milei: President of Argentina 2023-.
L.milei kind=person name="Javier Milei" of=ARG : Javier Milei | Milei
# Nicolás Maduro: President of Venezuela 2013-.
L.maduro kind=person name="Nicolás Maduro" of=VEN : Nicolás Maduro | Maduro
# Gustavo Petro: President of Colombia 2022-.
L.petro kind=person name="Gustavo Petro" of=COL support=COL : Gustavo Petro | =?Petro
# Miguel Díaz-Canel: President of Cuba 2018-; First Secretary of the Communist Party 2021-.
L.diaz_canel kind=person name="Miguel Díaz-Canel" of=CUB : Miguel Díaz-Canel | Díaz-Canel
# Daniel Ortega: President of Nicaragua 1985-1990, 2007-; coordinator of the junta 1979-1985.
L.ortega kind=person name="Daniel Ortega" of=NIC support=NIC : Daniel Ortega | ?Ortega
# Rosario Murillo: Co-President of Nicaragua 2025-; Vice President 2017-2025.
L.murillo kind=person name="Rosario Murillo" of=NIC support=NIC : Rosario Murillo | ?Murillo
# Nayib Bukele: President of El Salvador 2019-.
L.bukele kind=person name="Nayib Bukele" of=SLV : Nayib Bukele | Bukele
# José Raúl Mulino: President of Panama 2024-.
L.mulino kind=person name="José Raúl Mulino" of=PAN : José Raúl Mulino | Raúl Mulino | Mulino
# Daniel Noboa: President of Ecuador 2023-.
L.noboa kind=person name="Daniel Noboa" of=ECU support=ECU : Daniel Noboa | ?Noboa
# Gabriel Boric: President of Chile 2022- (term ends March 2026).
L.boric kind=person name="Gabriel Boric" of=CHL : Gabriel Boric | =Boric
# José Jerí: President of Peru 2025- (after Congress removed Dina Boluarte, October 2025).
L.jeri kind=person name="José Jerí" of=PER support=PER : José Jerí | ?Jerí
# Rodrigo Paz: President of Bolivia 2025-.
L.rodrigo_paz kind=person name="Rodrigo Paz" of=BOL : Rodrigo Paz | Rodrigo Paz Pereira
# Alix Didier Fils-Aimé: Prime Minister of Haiti 2024-.
L.fils_aime kind=person name="Alix Didier Fils-Aimé" of=HTI : Alix Didier Fils-Aimé | Didier Fils-Aimé | Fils-Aimé
# Laurent Saint-Cyr: coordinator of Haiti's Transitional Presidential Council 2025-.
L.saint_cyr kind=person name="Laurent Saint-Cyr" of=HTI : Laurent Saint-Cyr


# ======================================================================
# Recent and long-serving leaders that archives name (1990s-2025)
# ======================================================================

# --- United States
# Joe Biden: President of the United States 2021-2025; Vice President 2009-2017.
L.biden kind=person name="Joe Biden" of=USA : Joe Biden | Joseph Biden | Joseph R. Biden | Biden
# Barack Obama: President of the United States 2009-2017.
L.obama kind=person name="Barack Obama" of=USA : Barack Obama | Barack Hussein Obama | Obama
# George W. Bush: President of the United States 2001-2009.
L.bush_gw kind=person name="George W. Bush" of=USA support=USA : George W. Bush | George W Bush | ?George Bush | =?Bush
     | =?Dubya
# Bill Clinton: President of the United States 1993-2001.
L.clinton_b kind=person name="Bill Clinton" of=USA support=USA : Bill Clinton | William Jefferson Clinton | ?Clinton
# George H. W. Bush: President of the United States 1989-1993; Vice President 1981-1989.
L.bush_ghw kind=person name="George H. W. Bush" of=USA support=USA : George H. W. Bush | George H.W. Bush | George H W Bush
     | George Herbert Walker Bush | ?George Bush | =?Bush

# --- Europe
# Rishi Sunak: Prime Minister of the United Kingdom 2022-2024.
L.sunak kind=person name="Rishi Sunak" of=GBR : Rishi Sunak | Sunak
# Liz Truss: Prime Minister of the United Kingdom 2022.
L.truss kind=person name="Liz Truss" of=GBR support=GBR : Liz Truss | =?Truss
# Boris Johnson: Prime Minister of the United Kingdom 2019-2022.
L.johnson_b kind=person name="Boris Johnson" of=GBR support=GBR : Boris Johnson | ?Johnson
# Theresa May: Prime Minister of the United Kingdom 2016-2019.
L.may_t kind=person name="Theresa May" of=GBR support=GBR : Theresa May | =?May
# David Cameron: Prime Minister of the United Kingdom 2010-2016; Foreign Secretary 2023-2024.
L.cameron kind=person name="David Cameron" of=GBR support=GBR : David Cameron | =?Cameron
# Gordon Brown: Prime Minister of the United Kingdom 2007-2010.
L.brown_g kind=person name="Gordon Brown" of=GBR support=GBR : Gordon Brown | =?Brown
# Tony Blair: Prime Minister of the United Kingdom 1997-2007.
L.blair kind=person name="Tony Blair" of=GBR support=GBR : Tony Blair | ?Blair
# John Major: Prime Minister of the United Kingdom 1990-1997.
L.major kind=person name="John Major" of=GBR support=GBR : John Major | =?Major
# Elizabeth II: Queen of the United Kingdom 1952-2022.
L.elizabeth2 kind=person name="Elizabeth II" of=GBR : Queen Elizabeth II | Elizabeth II | Queen Elizabeth | reine Elizabeth II
# Olaf Scholz: Chancellor of Germany 2021-2025.
L.scholz kind=person name="Olaf Scholz" of=DEU : Olaf Scholz | Scholz
# Angela Merkel: Chancellor of Germany 2005-2021.
L.merkel kind=person name="Angela Merkel" of=DEU : Angela Merkel | Merkel
# Gerhard Schröder: Chancellor of Germany 1998-2005.
L.schroeder kind=person name="Gerhard Schröder" of=DEU support=DEU : Gerhard Schröder | Gerhard Schroeder | ?Schröder
     | ?Schroeder
# François Hollande: President of France 2012-2017.
L.hollande kind=person name="François Hollande" of=FRA support=FRA : François Hollande | =?Hollande
# Nicolas Sarkozy: President of France 2007-2012.
L.sarkozy kind=person name="Nicolas Sarkozy" of=FRA : Nicolas Sarkozy | Sarkozy
# François Bayrou: Prime Minister of France 2024-2025.
L.bayrou kind=person name="François Bayrou" of=FRA : François Bayrou | Bayrou
# Mario Draghi: Prime Minister of Italy 2021-2022 (President of the European Central Bank 2011-2019).
L.draghi kind=person name="Mario Draghi" of=ITA : Mario Draghi | Draghi
# Silvio Berlusconi: Prime Minister of Italy 1994-1995, 2001-2006, 2008-2011.
L.berlusconi kind=person name="Silvio Berlusconi" of=ITA : Silvio Berlusconi | Berlusconi
# Romano Prodi: Prime Minister of Italy 1996-1998, 2006-2008.
L.prodi kind=person name="Romano Prodi" of=ITA : Romano Prodi | Prodi
# Andrzej Duda: President of Poland 2015-2025.
L.duda kind=person name="Andrzej Duda" of=POL support=POL : Andrzej Duda | ?Duda
# Andrej Babiš: Prime Minister of the Czech Republic 2017-2021; his ANO party won the October 2025 election.
L.babis kind=person name="Andrej Babiš" of=CZE : Andrej Babiš | Babiš
# Petr Fiala: Prime Minister of the Czech Republic 2021-2025.
L.fiala kind=person name="Petr Fiala" of=CZE support=CZE : Petr Fiala | ?Fiala
# Václav Havel: President of Czechoslovakia 1989-1992 and of the Czech Republic 1993-2003.
L.havel kind=person name="Václav Havel" of=CZE support=CZE,CSK : Václav Havel | ?Havel
# Slobodan Milošević: President of Serbia 1989-1997 and of the Federal Republic of Yugoslavia 1997-2000.
L.milosevic kind=person name="Slobodan Milošević" of=SRB : Slobodan Milošević | Milošević
# Boris Yeltsin: President of Russia 1991-1999.
L.yeltsin kind=person name="Boris Yeltsin" of=RUS : Boris Yeltsin | Yeltsin | Boris Eltsine | Eltsine | Boris Jelzin
# Dmitry Medvedev: President of Russia 2008-2012; Prime Minister 2012-2020.
L.medvedev kind=person name="Dmitry Medvedev" of=RUS : Dmitry Medvedev | Dmitri Medvedev | Medvedev
# Petro Poroshenko: President of Ukraine 2014-2019.
L.poroshenko kind=person name="Petro Poroshenko" of=UKR : Petro Poroshenko | Poroshenko | Porochenko
# Viktor Yanukovych: President of Ukraine 2010-2014.
L.yanukovych kind=person name="Viktor Yanukovych" of=UKR : Viktor Yanukovych | Yanukovych | Ianoukovitch | Yanukovich
# Viktor Yushchenko: President of Ukraine 2005-2010.
L.yushchenko kind=person name="Viktor Yushchenko" of=UKR : Viktor Yushchenko | Yushchenko | Iouchtchenko
# Leonid Kuchma: President of Ukraine 1994-2005.
L.kuchma kind=person name="Leonid Kuchma" of=UKR : Leonid Kuchma | Kuchma | Koutchma
# Mikheil Saakashvili: President of Georgia 2004-2013.
L.saakashvili kind=person name="Mikheil Saakashvili" of=GEO : Mikheil Saakashvili | Mikhail Saakashvili | Saakashvili
     | Saakachvili
# Heydar Aliyev: President of Azerbaijan 1993-2003.
L.aliyev_h kind=person name="Heydar Aliyev" of=AZE support=AZE : Heydar Aliyev | Gaidar Aliyev | Heydar Aliev | ?Aliyev | ?Aliev
# Nursultan Nazarbayev: President of Kazakhstan 1990-2019.
L.nazarbayev kind=person name="Nursultan Nazarbayev" of=KAZ : Nursultan Nazarbayev | Nazarbayev | Nazarbaev | Nazarbaïev
# Islam Karimov: President of Uzbekistan 1990-2016.
L.karimov kind=person name="Islam Karimov" of=UZB support=UZB : Islam Karimov | ?Karimov
# Gurbanguly Berdimuhamedow: President of Turkmenistan 2007-2022.
L.berdimuhamedov_g kind=person name="Gurbanguly Berdimuhamedov" of=TKM support=TKM : Gurbanguly Berdimuhamedov
     | Gurbanguly Berdimuhamedow | ?Berdimuhamedov

# --- Asia and the Pacific
# Shinzo Abe: Prime Minister of Japan 2006-2007, 2012-2020.
L.abe kind=person name="Shinzo Abe" of=JPN support=JPN : Shinzo Abe | =?Abe
# Shigeru Ishiba: Prime Minister of Japan 2024-2025.
L.ishiba kind=person name="Shigeru Ishiba" of=JPN : Shigeru Ishiba | Ishiba
# Fumio Kishida: Prime Minister of Japan 2021-2024.
L.kishida kind=person name="Fumio Kishida" of=JPN : Fumio Kishida | Kishida
# Yoshihide Suga: Prime Minister of Japan 2020-2021.
L.suga kind=person name="Yoshihide Suga" of=JPN support=JPN : Yoshihide Suga | =?Suga
# Junichiro Koizumi: Prime Minister of Japan 2001-2006.
L.koizumi kind=person name="Junichiro Koizumi" of=JPN support=JPN : Junichiro Koizumi | ?Koizumi
# Akihito: Emperor of Japan 1989-2019.
L.akihito kind=person name="Akihito" of=JPN : Emperor Akihito | Akihito
# Hu Jintao: General Secretary of the Chinese Communist Party 2002-2012; President of China 2003-2013.
L.hu_jintao kind=person name="Hu Jintao" of=CHN : Hu Jintao
# Wen Jiabao: Premier of China 2003-2013.
L.wen_jiabao kind=person name="Wen Jiabao" of=CHN : Wen Jiabao
# Jiang Zemin: General Secretary of the Chinese Communist Party 1989-2002; President of China 1993-2003.
L.jiang_zemin kind=person name="Jiang Zemin" of=CHN : Jiang Zemin
# Li Keqiang: Premier of China 2013-2023.
L.li_keqiang kind=person name="Li Keqiang" of=CHN : Li Keqiang
# Tsai Ing-wen: President of Taiwan 2016-2024.
L.tsai_ing_wen kind=person name="Tsai Ing-wen" of=TWN : Tsai Ing-wen
# Lee Teng-hui: President of Taiwan 1988-2000.
L.lee_teng_hui kind=person name="Lee Teng-hui" of=TWN : Lee Teng-hui
# Kim Jong Il: leader of North Korea 1994-2011.
L.kim_jong_il kind=person name="Kim Jong Il" of=PRK : Kim Jong Il
# Yoon Suk Yeol: President of South Korea 2022-2025 (impeached and removed).
L.yoon kind=person name="Yoon Suk Yeol" of=KOR support=KOR : Yoon Suk Yeol | =?Yoon
     | Yoon Seok-youl
# Moon Jae-in: President of South Korea 2017-2022.
L.moon_jae_in kind=person name="Moon Jae-in" of=KOR : Moon Jae-in
# Park Geun-hye: President of South Korea 2013-2017.
L.park_geun_hye kind=person name="Park Geun-hye" of=KOR : Park Geun-hye
# Manmohan Singh: Prime Minister of India 2004-2014.
L.manmohan_singh kind=person name="Manmohan Singh" of=IND : Manmohan Singh
# Atal Bihari Vajpayee: Prime Minister of India 1996, 1998-2004.
L.vajpayee kind=person name="Atal Bihari Vajpayee" of=IND : Atal Bihari Vajpayee | Vajpayee
# Nawaz Sharif: Prime Minister of Pakistan 1990-1993, 1997-1999, 2013-2017.
L.nawaz_sharif kind=person name="Nawaz Sharif" of=PAK support=PAK : Nawaz Sharif | ?Sharif
# Imran Khan: Prime Minister of Pakistan 2018-2022.
L.imran_khan kind=person name="Imran Khan" of=PAK : Imran Khan
# Pervez Musharraf: President of Pakistan 1999-2008 (chief executive 1999-2001).
L.musharraf kind=person name="Pervez Musharraf" of=PAK : Pervez Musharraf | Musharraf | Moucharraf
# Benazir Bhutto: Prime Minister of Pakistan 1988-1990, 1993-1996.
L.bhutto_b kind=person name="Benazir Bhutto" of=PAK support=PAK : Benazir Bhutto | ?Bhutto
# Sheikh Hasina: Prime Minister of Bangladesh 1996-2001, 2009-2024.
L.hasina kind=person name="Sheikh Hasina" of=BGD : Sheikh Hasina | Sheikh Hasina Wazed | Hasina
# Khaleda Zia: Prime Minister of Bangladesh 1991-1996, 2001-2006.
L.khaleda_zia kind=person name="Khaleda Zia" of=BGD : Khaleda Zia
# Mahinda Rajapaksa: President of Sri Lanka 2005-2015; Prime Minister 2019-2022.
L.rajapaksa_m kind=person name="Mahinda Rajapaksa" of=LKA support=LKA : Mahinda Rajapaksa | ?Rajapaksa
# Gotabaya Rajapaksa: President of Sri Lanka 2019-2022.
L.rajapaksa_g kind=person name="Gotabaya Rajapaksa" of=LKA support=LKA : Gotabaya Rajapaksa | ?Rajapaksa
# Ashraf Ghani: President of Afghanistan 2014-2021.
L.ghani kind=person name="Ashraf Ghani" of=AFG support=AFG : Ashraf Ghani | ?Ghani
# Hamid Karzai: President of Afghanistan 2001-2014.
L.karzai kind=person name="Hamid Karzai" of=AFG : Hamid Karzai | Karzai
# Aung San Suu Kyi: State Counsellor of Myanmar 2016-2021.
L.suu_kyi kind=person name="Aung San Suu Kyi" of=MMR : Aung San Suu Kyi | Suu Kyi
# Than Shwe: head of Myanmar's military government 1992-2011.
L.than_shwe kind=person name="Than Shwe" of=MMR : Than Shwe
# Joko Widodo: President of Indonesia 2014-2024.
L.jokowi kind=person name="Joko Widodo" of=IDN : Joko Widodo | Jokowi | Widodo
# Susilo Bambang Yudhoyono: President of Indonesia 2004-2014.
L.yudhoyono kind=person name="Susilo Bambang Yudhoyono" of=IDN : Susilo Bambang Yudhoyono | Yudhoyono
# Rodrigo Duterte: President of the Philippines 2016-2022.
L.duterte kind=person name="Rodrigo Duterte" of=PHL support=PHL : Rodrigo Duterte | ?Duterte
# Thaksin Shinawatra: Prime Minister of Thailand 2001-2006.
L.thaksin kind=person name="Thaksin Shinawatra" of=THA support=THA : Thaksin Shinawatra | Thaksin | ?Shinawatra
# Paetongtarn Shinawatra: Prime Minister of Thailand 2024-2025.
L.paetongtarn kind=person name="Paetongtarn Shinawatra" of=THA support=THA : Paetongtarn Shinawatra | Paetongtarn
     | ?Shinawatra
# Prayut Chan-o-cha: Prime Minister of Thailand 2014-2023 (head of the junta 2014-2019).
L.prayut kind=person name="Prayut Chan-o-cha" of=THA : Prayut Chan-o-cha | Prayuth Chan-ocha | Prayut | Prayuth
# Hun Sen: Prime Minister of Cambodia 1985-2023.
L.hun_sen kind=person name="Hun Sen" of=KHM : Hun Sen
# Mahathir Mohamad: Prime Minister of Malaysia 1981-2003, 2018-2020.
L.mahathir kind=person name="Mahathir Mohamad" of=MYS : Mahathir Mohamad | Mahathir bin Mohamad | Mahathir
# Lee Hsien Loong: Prime Minister of Singapore 2004-2024.
L.lee_hsien_loong kind=person name="Lee Hsien Loong" of=SGP : Lee Hsien Loong
# Scott Morrison: Prime Minister of Australia 2018-2022.
L.morrison kind=person name="Scott Morrison" of=AUS support=AUS : Scott Morrison | ?Morrison
# John Howard: Prime Minister of Australia 1996-2007.
L.howard_j kind=person name="John Howard" of=AUS support=AUS : ?John Howard | =?Howard

# --- Middle East and North Africa
# Bashar al-Assad: President of Syria 2000-2024 (overthrown December 2024).
L.assad_b kind=person name="Bashar al-Assad" of=SYR support=SYR : Bashar al-Assad | Bachar al-Assad | Bashar Assad
     | Bachar el-Assad | ?Bashar | ?Assad | ?al-Assad | ?el-Assad
# Ebrahim Raisi: President of Iran 2021-2024.
L.raisi kind=person name="Ebrahim Raisi" of=IRN : Ebrahim Raisi | Ebrahim Raïssi | Raisi | Raïssi
# Hassan Rouhani: President of Iran 2013-2021.
L.rouhani kind=person name="Hassan Rouhani" of=IRN : Hassan Rouhani | Hassan Rohani | Rouhani | Rohani
# Mahmoud Ahmadinejad: President of Iran 2005-2013.
L.ahmadinejad kind=person name="Mahmoud Ahmadinejad" of=IRN : Mahmoud Ahmadinejad | Ahmadinejad | Ahmadinedjad
# Mohammad Khatami: President of Iran 1997-2005.
L.khatami kind=person name="Mohammad Khatami" of=IRN : Mohammad Khatami | Khatami
# Nouri al-Maliki: Prime Minister of Iraq 2006-2014.
L.maliki kind=person name="Nouri al-Maliki" of=IRQ support=IRQ : Nouri al-Maliki | Nuri al-Maliki | ?al-Maliki | ?Maliki
# Michel Aoun: President of Lebanon 2016-2022; army commander and head of a military government 1988-1990.
L.aoun_m kind=person name="Michel Aoun" of=LBN support=LBN : Michel Aoun | ?Aoun
# Rafic Hariri: Prime Minister of Lebanon 1992-1998, 2000-2004 (assassinated 2005).
L.hariri_r kind=person name="Rafic Hariri" of=LBN support=LBN : Rafic Hariri | Rafik Hariri | ?Hariri
# Saad Hariri: Prime Minister of Lebanon 2009-2011, 2016-2020.
L.hariri_s kind=person name="Saad Hariri" of=LBN support=LBN : Saad Hariri | ?Hariri
# Najib Mikati: Prime Minister of Lebanon 2005, 2011-2014, 2021-2025.
L.mikati kind=person name="Najib Mikati" of=LBN : Najib Mikati | Mikati
# Ehud Olmert: Prime Minister of Israel 2006-2009.
L.olmert kind=person name="Ehud Olmert" of=ISR : Ehud Olmert | Olmert
# Ehud Barak: Prime Minister of Israel 1999-2001.
L.barak kind=person name="Ehud Barak" of=ISR support=ISR : Ehud Barak | ?Barak
# Naftali Bennett: Prime Minister of Israel 2021-2022.
L.bennett kind=person name="Naftali Bennett" of=ISR support=ISR : Naftali Bennett | ?Bennett
# Yair Lapid: Prime Minister of Israel 2022.
L.lapid kind=person name="Yair Lapid" of=ISR support=ISR : Yair Lapid | ?Lapid
# Ariel Sharon: Prime Minister of Israel 2001-2006.
L.sharon kind=person name="Ariel Sharon" of=ISR support=ISR : Ariel Sharon | =?Sharon
# Yasser Arafat: Chairman of the PLO 1969-2004; President of the Palestinian Authority 1994-2004.
L.arafat kind=person name="Yasser Arafat" of=PSE support=PSE,ISR : Yasser Arafat | Yasir Arafat | ?Arafat
# King Abdullah bin Abdulaziz: King of Saudi Arabia 2005-2015.
L.abdullah_saudi kind=person name="Abdullah bin Abdulaziz" of=SAU support=SAU : Abdullah bin Abdulaziz | ?King Abdullah
# Ali Abdullah Saleh: President of North Yemen 1978-1990 and of Yemen 1990-2012.
L.saleh kind=person name="Ali Abdullah Saleh" of=YEM support=YEM : Ali Abdullah Saleh | ?Saleh
# Abd Rabbuh Mansur Hadi: President of Yemen 2012-2022.
L.hadi kind=person name="Abd Rabbuh Mansur Hadi" of=YEM support=YEM : Abd Rabbuh Mansur Hadi | Abdrabbuh Mansour Hadi
     | Abd-Rabbu Mansour Hadi | ?Hadi
# Qaboos bin Said: Sultan of Oman 1970-2020.
L.qaboos kind=person name="Qaboos bin Said" of=OMN : Qaboos bin Said | Sultan Qaboos | Qaboos
# Mohamed Morsi: President of Egypt 2012-2013.
L.morsi kind=person name="Mohamed Morsi" of=EGY : Mohamed Morsi | Mohammed Morsi | Morsi | Mursi | Morsy
# Zine El Abidine Ben Ali: President of Tunisia 1987-2011.
L.ben_ali kind=person name="Zine El Abidine Ben Ali" of=TUN support=TUN : Zine El Abidine Ben Ali | Zine al-Abidine Ben Ali
     | ?Ben Ali
# Abdelaziz Bouteflika: President of Algeria 1999-2019.
L.bouteflika kind=person name="Abdelaziz Bouteflika" of=DZA : Abdelaziz Bouteflika | Bouteflika

# --- Africa
# Joseph Kabila: President of the DR Congo 2001-2019.
L.kabila_j kind=person name="Joseph Kabila" of=COD support=COD : Joseph Kabila | Joseph Kabila Kabange | ?Kabila
# Laurent-Désiré Kabila: President of the DR Congo 1997-2001.
L.kabila_ld kind=person name="Laurent-Désiré Kabila" of=COD support=COD : Laurent-Désiré Kabila | Laurent Kabila | ?Kabila
# Omar al-Bashir: President of Sudan 1989-2019.
L.bashir kind=person name="Omar al-Bashir" of=SDN support=SDN : Omar al-Bashir | Omar Hassan al-Bashir | Omar el-Béchir
     | Omar Bashir | al-Bashir | ?Bashir | ?el-Béchir | ?Béchir
# Idriss Déby: President of Chad 1990-2021.
L.deby_idriss kind=person name="Idriss Déby" of=TCD support=TCD : Idriss Déby | Idriss Déby Itno | ?Déby
# Ali Bongo Ondimba: President of Gabon 2009-2023.
L.bongo_ali kind=person name="Ali Bongo Ondimba" of=GAB support=GAB : Ali Bongo Ondimba | Ali Bongo | ?Bongo
# Nana Akufo-Addo: President of Ghana 2017-2025.
L.akufo_addo kind=person name="Nana Akufo-Addo" of=GHA : Nana Akufo-Addo | Nana Addo Dankwa Akufo-Addo | Akufo-Addo
# Muhammadu Buhari: President of Nigeria 2015-2023; military head of state 1983-1985.
L.buhari kind=person name="Muhammadu Buhari" of=NGA : Muhammadu Buhari | Buhari
# Goodluck Jonathan: President of Nigeria 2010-2015.
L.goodluck_jonathan kind=person name="Goodluck Jonathan" of=NGA : Goodluck Jonathan | Goodluck Ebele Jonathan
# Olusegun Obasanjo: President of Nigeria 1999-2007; military head of state 1976-1979.
L.obasanjo kind=person name="Olusegun Obasanjo" of=NGA : Olusegun Obasanjo | Obasanjo
# Uhuru Kenyatta: President of Kenya 2013-2022.
L.kenyatta_u kind=person name="Uhuru Kenyatta" of=KEN support=KEN : Uhuru Kenyatta | ?Kenyatta
# Mwai Kibaki: President of Kenya 2002-2013.
L.kibaki kind=person name="Mwai Kibaki" of=KEN : Mwai Kibaki | Kibaki
# John Magufuli: President of Tanzania 2015-2021.
L.magufuli kind=person name="John Magufuli" of=TZA : John Magufuli | John Pombe Magufuli | Magufuli
# Jacob Zuma: President of South Africa 2009-2018.
L.zuma kind=person name="Jacob Zuma" of=ZAF : Jacob Zuma | Zuma
# Thabo Mbeki: President of South Africa 1999-2008.
L.mbeki kind=person name="Thabo Mbeki" of=ZAF : Thabo Mbeki | Mbeki
# Nelson Mandela: President of South Africa 1994-1999.
L.mandela kind=person name="Nelson Mandela" of=ZAF : Nelson Mandela | Mandela
# Robert Mugabe: Prime Minister of Zimbabwe 1980-1987; President 1987-2017.
L.mugabe kind=person name="Robert Mugabe" of=ZWE : Robert Mugabe | Mugabe
# Macky Sall: President of Senegal 2012-2024.
L.macky_sall kind=person name="Macky Sall" of=SEN support=SEN : Macky Sall | =?Sall
# Ibrahim Boubacar Keïta: President of Mali 2013-2020.
L.ibk kind=person name="Ibrahim Boubacar Keïta" of=MLI : Ibrahim Boubacar Keïta | =IBK
# Mohamed Bazoum: President of Niger 2021-2023 (overthrown, detained).
L.bazoum kind=person name="Mohamed Bazoum" of=NER : Mohamed Bazoum | Bazoum
# Blaise Compaoré: President of Burkina Faso 1987-2014.
L.compaore kind=person name="Blaise Compaoré" of=BFA : Blaise Compaoré | Compaoré
# Yahya Jammeh: President of the Gambia 1994-2017.
L.jammeh kind=person name="Yahya Jammeh" of=GMB : Yahya Jammeh | Jammeh
# Laurent Gbagbo: President of Côte d'Ivoire 2000-2011.
L.gbagbo kind=person name="Laurent Gbagbo" of=CIV : Laurent Gbagbo | Gbagbo
# Ellen Johnson Sirleaf: President of Liberia 2006-2018.
L.sirleaf kind=person name="Ellen Johnson Sirleaf" of=LBR : Ellen Johnson Sirleaf | Johnson Sirleaf | Sirleaf
# George Weah: President of Liberia 2018-2024.
L.weah kind=person name="George Weah" of=LBR : George Weah | Weah
# Charles Taylor: President of Liberia 1997-2003.
L.taylor_c kind=person name="Charles Taylor" of=LBR support=LBR,SLE : ?Charles Taylor
# Andry Rajoelina: President of Madagascar 2009-2014, 2019-2025 (removed October 2025).
L.rajoelina kind=person name="Andry Rajoelina" of=MDG : Andry Rajoelina | Rajoelina
# Lazarus Chakwera: President of Malawi 2020-2025.
L.chakwera kind=person name="Lazarus Chakwera" of=MWI : Lazarus Chakwera | Chakwera
# Filipe Nyusi: President of Mozambique 2015-2025.
L.nyusi kind=person name="Filipe Nyusi" of=MOZ : Filipe Nyusi | Filipe Jacinto Nyusi | Nyusi
# José Eduardo dos Santos: President of Angola 1979-2017.
L.dos_santos kind=person name="José Eduardo dos Santos" of=AGO : José Eduardo dos Santos | Eduardo dos Santos
# Meles Zenawi: President 1991-1995 and Prime Minister of Ethiopia 1995-2012.
L.meles kind=person name="Meles Zenawi" of=ETH : Meles Zenawi | Meles
# Dina Boluarte: President of Peru 2022-2025.
L.boluarte kind=person name="Dina Boluarte" of=PER : Dina Boluarte | Boluarte

# --- Americas
# Justin Trudeau: Prime Minister of Canada 2015-2025.
L.trudeau_j kind=person name="Justin Trudeau" of=CAN support=CAN : Justin Trudeau | ?Trudeau
# Stephen Harper: Prime Minister of Canada 2006-2015.
L.harper kind=person name="Stephen Harper" of=CAN support=CAN : Stephen Harper | =?Harper
# Andrés Manuel López Obrador: President of Mexico 2018-2024.
L.amlo kind=person name="Andrés Manuel López Obrador" of=MEX : Andrés Manuel López Obrador | López Obrador | =AMLO
# Enrique Peña Nieto: President of Mexico 2012-2018.
L.pena_nieto kind=person name="Enrique Peña Nieto" of=MEX : Enrique Peña Nieto | Peña Nieto
# Jair Bolsonaro: President of Brazil 2019-2022.
L.bolsonaro kind=person name="Jair Bolsonaro" of=BRA : Jair Bolsonaro | Jair Messias Bolsonaro | Bolsonaro
# Dilma Rousseff: President of Brazil 2011-2016.
L.rousseff kind=person name="Dilma Rousseff" of=BRA : Dilma Rousseff | Rousseff | Dilma
# Cristina Fernández de Kirchner: President of Argentina 2007-2015; Vice President 2019-2023.
L.cfk kind=person name="Cristina Fernández de Kirchner" of=ARG support=ARG : Cristina Fernández de Kirchner
     | Cristina Kirchner | Cristina Fernández | ?Kirchner
# Mauricio Macri: President of Argentina 2015-2019.
L.macri kind=person name="Mauricio Macri" of=ARG : Mauricio Macri | Macri
# Carlos Menem: President of Argentina 1989-1999.
L.menem kind=person name="Carlos Menem" of=ARG : Carlos Menem | Menem
# Hugo Chávez: President of Venezuela 1999-2013.
L.chavez kind=person name="Hugo Chávez" of=VEN support=VEN : Hugo Chávez | Hugo Rafael Chávez | ?Chávez
# Álvaro Uribe: President of Colombia 2002-2010.
L.uribe kind=person name="Álvaro Uribe" of=COL support=COL : Álvaro Uribe | Álvaro Uribe Vélez | ?Uribe
# Juan Manuel Santos: President of Colombia 2010-2018.
L.santos_jm kind=person name="Juan Manuel Santos" of=COL : Juan Manuel Santos
# Evo Morales: President of Bolivia 2006-2019.
L.morales_e kind=person name="Evo Morales" of=BOL support=BOL : Evo Morales | =?Evo | ?Morales
# Luis Arce: President of Bolivia 2020-2025.
L.arce kind=person name="Luis Arce" of=BOL support=BOL : Luis Arce | Luis Arce Catacora | ?Arce
# Alberto Fujimori: President of Peru 1990-2000.
L.fujimori kind=person name="Alberto Fujimori" of=PER support=PER : Alberto Fujimori | ?Fujimori
# Fidel Castro: Prime Minister 1959-1976 and President of Cuba 1976-2008.
L.castro_f kind=person name="Fidel Castro" of=CUB support=CUB : Fidel Castro | ?Fidel | ?Castro
# Raúl Castro: President of Cuba 2008-2018; First Secretary of the Communist Party 2011-2021.
L.castro_r kind=person name="Raúl Castro" of=CUB support=CUB : Raúl Castro | ?Castro
# Jovenel Moïse: President of Haiti 2017-2021 (assassinated).
L.moise kind=person name="Jovenel Moïse" of=HTI support=HTI : Jovenel Moïse | Jovenel | ?Moïse
# Ariel Henry: Prime Minister of Haiti 2021-2024.
L.henry_a kind=person name="Ariel Henry" of=HTI : Ariel Henry
# Jean-Bertrand Aristide: President of Haiti 1991, 1994-1996, 2001-2004.
L.aristide kind=person name="Jean-Bertrand Aristide" of=HTI : Jean-Bertrand Aristide | Aristide


# ======================================================================
# Leaders of 1987 (and the late Cold War) that old newswire archives name
# ======================================================================

# --- Powers
# Ronald Reagan: President of the United States 1981-1989.
L.reagan kind=person name="Ronald Reagan" of=USA : Ronald Reagan | Reagan
# Mikhail Gorbachev: General Secretary of the Soviet Communist Party 1985-1991; President of the USSR 1990-1991.
L.gorbachev kind=person name="Mikhail Gorbachev" of=SUN : Mikhail Gorbachev | Mikhail Gorbachov | Gorbachev | Gorbachov
     | Mikhaïl Gorbatchev | Gorbatchev | Michail Gorbatschow
# Nikolai Ryzhkov: Chairman of the Soviet Council of Ministers 1985-1991.
L.ryzhkov kind=person name="Nikolai Ryzhkov" of=SUN : Nikolai Ryzhkov | Nikolai Ryjkov | Ryzhkov
# Andrei Gromyko: Chairman of the Presidium of the Supreme Soviet 1985-1988; Soviet Foreign Minister 1957-1985.
L.gromyko kind=person name="Andrei Gromyko" of=SUN : Andrei Gromyko | Gromyko
# Margaret Thatcher: Prime Minister of the United Kingdom 1979-1990.
L.thatcher kind=person name="Margaret Thatcher" of=GBR : Margaret Thatcher | Thatcher
# Helmut Kohl: Chancellor of (West) Germany 1982-1998.
L.kohl kind=person name="Helmut Kohl" of=DEU : Helmut Kohl | =Kohl
# Richard von Weizsäcker: President of (West) Germany 1984-1994.
L.weizsaecker kind=person name="Richard von Weizsäcker" of=DEU : Richard von Weizsäcker | Richard von Weizsaecker
     | von Weizsäcker | von Weizsaecker | Weizsäcker
# Erich Honecker: leader of East Germany 1971-1989.
L.honecker kind=person name="Erich Honecker" of=DEU : Erich Honecker | Honecker
# François Mitterrand: President of France 1981-1995.
L.mitterrand kind=person name="François Mitterrand" of=FRA : François Mitterrand | Mitterrand
# Jacques Chirac: Prime Minister of France 1974-1976, 1986-1988; President 1995-2007.
L.chirac kind=person name="Jacques Chirac" of=FRA : Jacques Chirac | Chirac
# Bettino Craxi: Prime Minister of Italy 1983-1987.
L.craxi kind=person name="Bettino Craxi" of=ITA : Bettino Craxi | Craxi
# Giulio Andreotti: Foreign Minister of Italy 1983-1989; Prime Minister 1972-1973, 1976-1979, 1989-1992.
L.andreotti kind=person name="Giulio Andreotti" of=ITA : Giulio Andreotti | Andreotti
# Yasuhiro Nakasone: Prime Minister of Japan 1982-1987.
L.nakasone kind=person name="Yasuhiro Nakasone" of=JPN : Yasuhiro Nakasone | Nakasone
# Noboru Takeshita: Prime Minister of Japan 1987-1989.
L.takeshita kind=person name="Noboru Takeshita" of=JPN support=JPN : Noboru Takeshita | ?Takeshita
# Hirohito: Emperor of Japan 1926-1989.
L.hirohito kind=person name="Hirohito" of=JPN : Emperor Hirohito | Hirohito
# Deng Xiaoping: paramount leader of China 1978-1989.
L.deng kind=person name="Deng Xiaoping" of=CHN : Deng Xiaoping | Teng Hsiao-ping
# Zhao Ziyang: Premier of China 1980-1987; General Secretary of the Communist Party 1987-1989.
L.zhao_ziyang kind=person name="Zhao Ziyang" of=CHN : Zhao Ziyang | Chao Tzu-yang
# Hu Yaobang: General Secretary of the Chinese Communist Party 1982-1987.
L.hu_yaobang kind=person name="Hu Yaobang" of=CHN : Hu Yaobang
# Li Peng: Premier of China 1987-1998.
L.li_peng kind=person name="Li Peng" of=CHN : Li Peng
# Chiang Ching-kuo: President of Taiwan 1978-1988.
L.chiang_ching_kuo kind=person name="Chiang Ching-kuo" of=TWN : Chiang Ching-kuo
# Rajiv Gandhi: Prime Minister of India 1984-1989.
L.gandhi_r kind=person name="Rajiv Gandhi" of=IND support=IND : Rajiv Gandhi | ?Gandhi
# Indira Gandhi: Prime Minister of India 1966-1977, 1980-1984.
L.gandhi_i kind=person name="Indira Gandhi" of=IND support=IND : Indira Gandhi | ?Gandhi
# Brian Mulroney: Prime Minister of Canada 1984-1993.
L.mulroney kind=person name="Brian Mulroney" of=CAN : Brian Mulroney | Mulroney
# Pierre Trudeau: Prime Minister of Canada 1968-1979, 1980-1984.
L.trudeau_p kind=person name="Pierre Trudeau" of=CAN support=CAN : Pierre Trudeau | Pierre Elliott Trudeau | ?Trudeau
# Jean Chrétien: Prime Minister of Canada 1993-2003.
L.chretien kind=person name="Jean Chrétien" of=CAN : Jean Chrétien | Chrétien
# Bob Hawke: Prime Minister of Australia 1983-1991.
L.hawke kind=person name="Bob Hawke" of=AUS support=AUS : Bob Hawke | =?Hawke
# Paul Keating: Prime Minister of Australia 1991-1996.
L.keating kind=person name="Paul Keating" of=AUS support=AUS : Paul Keating | ?Keating

# --- Middle East and Asia
# Ruhollah Khomeini: Supreme Leader of Iran 1979-1989.
L.khomeini kind=person name="Ruhollah Khomeini" of=IRN : Ruhollah Khomeini | Ayatollah Khomeini | Khomeini | Khomeiny
# Akbar Hashemi Rafsanjani: Speaker of Iran's parliament 1980-1989; President 1989-1997.
L.rafsanjani kind=person name="Akbar Hashemi Rafsanjani" of=IRN : Akbar Hashemi Rafsanjani | Hashemi Rafsanjani
     | Rafsanjani
# Saddam Hussein: President of Iraq 1979-2003.
L.saddam kind=person name="Saddam Hussein" of=IRQ : Saddam Hussein | Saddam Husayn | Saddam
# Hafez al-Assad: President of Syria 1971-2000.
L.assad_h kind=person name="Hafez al-Assad" of=SYR support=SYR : Hafez al-Assad | Hafez Assad | Hafiz al-Assad
     | Hafez el-Assad | ?Assad | ?al-Assad | ?el-Assad
# Amine Gemayel: President of Lebanon 1982-1988.
L.gemayel kind=person name="Amine Gemayel" of=LBN support=LBN : Amine Gemayel | Amin Gemayel | ?Gemayel
# Yitzhak Shamir: Prime Minister of Israel 1983-1984, 1986-1992.
L.shamir kind=person name="Yitzhak Shamir" of=ISR support=ISR : Yitzhak Shamir | Itzhak Shamir | ?Shamir
# Shimon Peres: Prime Minister of Israel 1984-1986, 1995-1996; Foreign Minister 1986-1988; President 2007-2014.
L.peres kind=person name="Shimon Peres" of=ISR support=ISR : Shimon Peres | ?Peres
# Yitzhak Rabin: Prime Minister of Israel 1974-1977, 1992-1995; Defence Minister 1984-1990.
L.rabin kind=person name="Yitzhak Rabin" of=ISR : Yitzhak Rabin | Itzhak Rabin | Rabin
# Chaim Herzog: President of Israel 1983-1993.
L.herzog_c kind=person name="Chaim Herzog" of=ISR support=ISR : Chaim Herzog | ?Herzog
# Hussein bin Talal: King of Jordan 1952-1999.
L.king_hussein kind=person name="Hussein bin Talal" of=JOR : King Hussein | Hussein bin Talal | roi Hussein
# Fahd bin Abdulaziz: King of Saudi Arabia 1982-2005.
L.king_fahd kind=person name="Fahd bin Abdulaziz" of=SAU : King Fahd | Fahd bin Abdulaziz | roi Fahd
# Jaber al-Ahmad al-Sabah: Emir of Kuwait 1977-2006.
L.jaber kind=person name="Jaber al-Ahmad al-Sabah" of=KWT : Jaber al-Ahmad al-Sabah | Jaber al-Ahmed al-Sabah | Sheikh Jaber
# Zayed bin Sultan Al Nahyan: President of the United Arab Emirates 1971-2004.
L.zayed kind=person name="Zayed bin Sultan Al Nahyan" of=ARE : Zayed bin Sultan Al Nahyan | Zayed bin Sultan
     | Sheikh Zayed
# Khalifa bin Zayed Al Nahyan: President of the United Arab Emirates 2004-2022.
L.khalifa_bin_zayed kind=person name="Khalifa bin Zayed Al Nahyan" of=ARE : Khalifa bin Zayed Al Nahyan | Khalifa bin Zayed
# Hamad bin Khalifa Al Thani: Emir of Qatar 1995-2013.
L.hamad_qatar kind=person name="Hamad bin Khalifa Al Thani" of=QAT : Hamad bin Khalifa Al Thani | Hamad bin Khalifa
# Hosni Mubarak: President of Egypt 1981-2011.
L.mubarak kind=person name="Hosni Mubarak" of=EGY : Hosni Mubarak | Husni Mubarak | Mubarak | Hosni Moubarak | Moubarak
# Muammar Gaddafi: leader of Libya 1969-2011.
L.gaddafi kind=person name="Muammar Gaddafi" of=LBY : Muammar Gaddafi | Muammar al-Gaddafi | Moammar Gadhafi
     | Muammar Qaddafi | Moammar Khadafy | Mouammar Kadhafi | Gaddafi | Gadhafi | Qaddafi | Qadhafi | Khadafy
     | Kadhafi | Kadafi | Gheddafi
# Turgut Özal: Prime Minister of Turkey 1983-1989; President 1989-1993.
L.ozal kind=person name="Turgut Özal" of=TUR : Turgut Özal | Özal
# Kenan Evren: President of Turkey 1980-1989 (leader of the 1980 coup).
L.evren kind=person name="Kenan Evren" of=TUR support=TUR : Kenan Evren | ?Evren
# Mohammad Zia ul-Haq: President of Pakistan 1978-1988.
L.zia_ul_haq kind=person name="Mohammad Zia ul-Haq" of=PAK : Mohammad Zia ul-Haq | Muhammad Zia-ul-Haq | Zia ul-Haq
# Mohammad Najibullah: leader of Afghanistan 1986-1992.
L.najibullah kind=person name="Mohammad Najibullah" of=AFG : Mohammad Najibullah | Najibullah
# Hussain Muhammad Ershad: President of Bangladesh 1983-1990.
L.ershad kind=person name="Hussain Muhammad Ershad" of=BGD : Hussain Muhammad Ershad | Hussain Mohammad Ershad | Ershad
# J. R. Jayewardene: President of Sri Lanka 1978-1989.
L.jayewardene kind=person name="J. R. Jayewardene" of=LKA : J. R. Jayewardene | Junius Richard Jayewardene | Jayewardene
# Ne Win: leader of Burma 1962-1988.
L.ne_win kind=person name="Ne Win" of=MMR : Ne Win
# Corazon Aquino: President of the Philippines 1986-1992.
L.aquino_c kind=person name="Corazon Aquino" of=PHL support=PHL : Corazon Aquino | Cory Aquino | ?Aquino
# Ferdinand Marcos: President of the Philippines 1965-1986.
L.marcos_sr kind=person name="Ferdinand Marcos" of=PHL support=PHL : Ferdinand Marcos | Ferdinand Edralin Marcos | ?Marcos
# Suharto: President of Indonesia 1967-1998.
L.suharto kind=person name="Suharto" of=IDN : Suharto | Soeharto
# Chun Doo-hwan: President of South Korea 1980-1988.
L.chun_doo_hwan kind=person name="Chun Doo-hwan" of=KOR : Chun Doo-hwan
# Roh Tae-woo: President of South Korea 1988-1993.
L.roh_tae_woo kind=person name="Roh Tae-woo" of=KOR : Roh Tae-woo
# Kim Il Sung: leader of North Korea 1948-1994.
L.kim_il_sung kind=person name="Kim Il Sung" of=PRK : Kim Il Sung | Kim Il-song

# --- Europe
# Wojciech Jaruzelski: leader of Poland 1981-1989; President 1989-1990.
L.jaruzelski kind=person name="Wojciech Jaruzelski" of=POL : Wojciech Jaruzelski | Jaruzelski
# Lech Wałęsa: President of Poland 1990-1995; Solidarity leader in the 1980s.
L.walesa kind=person name="Lech Wałęsa" of=POL : Lech Wałęsa | Wałęsa
# Nicolae Ceaușescu: leader of Romania 1965-1989.
L.ceausescu kind=person name="Nicolae Ceaușescu" of=ROU : Nicolae Ceaușescu | Ceaușescu
# Todor Zhivkov: leader of Bulgaria 1954-1989.
L.zhivkov kind=person name="Todor Zhivkov" of=BGR : Todor Zhivkov | Todor Jivkov | Zhivkov | Jivkov
# Gustáv Husák: leader of Czechoslovakia 1969-1987; President 1975-1989.
L.husak kind=person name="Gustáv Husák" of=CSK : Gustáv Husák | Husák
# János Kádár: leader of Hungary 1956-1988.
L.kadar kind=person name="János Kádár" of=HUN support=HUN : János Kádár | ?Kádár
# Josip Broz Tito: leader of Yugoslavia 1945-1980.
L.tito kind=person name="Josip Broz Tito" of=YUG support=YUG : Josip Broz Tito | Marshal Tito | ?Tito
# Felipe González: Prime Minister of Spain 1982-1996.
L.felipe_gonzalez kind=person name="Felipe González" of=ESP : Felipe González
# Andreas Papandreou: Prime Minister of Greece 1981-1989, 1993-1996.
L.papandreou kind=person name="Andreas Papandreou" of=GRC support=GRC : Andreas Papandreou | ?Papandreou
# John Paul II: Pope 1978-2005.
L.john_paul2 kind=person name="Pope John Paul II" of=VAT : Pope John Paul II | John Paul II | Jean-Paul II
# Benedict XVI: Pope 2005-2013.
L.benedict16 kind=person name="Pope Benedict XVI" of=VAT : Pope Benedict XVI | Benedict XVI | Benoît XVI
# Francis: Pope 2013-2025.
L.francis kind=person name="Pope Francis" of=VAT : Pope Francis | pape François

# --- Africa
# Mobutu Sese Seko: President of Zaire 1965-1997.
L.mobutu kind=person name="Mobutu Sese Seko" of=COD : Mobutu Sese Seko | Mobutu
# Kenneth Kaunda: President of Zambia 1964-1991.
L.kaunda kind=person name="Kenneth Kaunda" of=ZMB : Kenneth Kaunda | Kaunda
# Julius Nyerere: President of Tanzania 1964-1985.
L.nyerere kind=person name="Julius Nyerere" of=TZA : Julius Nyerere | Nyerere
# Ali Hassan Mwinyi: President of Tanzania 1985-1995.
L.mwinyi_ah kind=person name="Ali Hassan Mwinyi" of=TZA : Ali Hassan Mwinyi
# Daniel arap Moi: President of Kenya 1978-2002.
L.moi kind=person name="Daniel arap Moi" of=KEN : Daniel arap Moi | arap Moi
# P. W. Botha: Prime Minister 1978-1984 and State President of South Africa 1984-1989.
L.botha kind=person name="P. W. Botha" of=ZAF support=ZAF : P. W. Botha | P.W. Botha | Pieter Willem Botha | ?Botha
# F. W. de Klerk: State President of South Africa 1989-1994.
L.de_klerk kind=person name="F. W. de Klerk" of=ZAF : F. W. de Klerk | F.W. de Klerk | Frederik de Klerk | de Klerk
# Ibrahim Babangida: military President of Nigeria 1985-1993.
L.babangida kind=person name="Ibrahim Babangida" of=NGA : Ibrahim Babangida | Babangida
# Jerry Rawlings: head of state of Ghana 1979, 1981-2001.
L.rawlings kind=person name="Jerry Rawlings" of=GHA support=GHA : Jerry Rawlings | Jerry John Rawlings | ?Rawlings
# Thomas Sankara: President of Burkina Faso 1983-1987 (killed in the October 1987 coup).
L.sankara kind=person name="Thomas Sankara" of=BFA : Thomas Sankara | Sankara
# Félix Houphouët-Boigny: President of Côte d'Ivoire 1960-1993.
L.houphouet kind=person name="Félix Houphouët-Boigny" of=CIV : Félix Houphouët-Boigny | Houphouët-Boigny | Houphouët
# Abdou Diouf: President of Senegal 1981-2000.
L.diouf kind=person name="Abdou Diouf" of=SEN support=SEN : Abdou Diouf | ?Diouf
# Gnassingbé Eyadéma: President of Togo 1967-2005.
L.eyadema kind=person name="Gnassingbé Eyadéma" of=TGO support=TGO : Gnassingbé Eyadéma | Étienne Eyadéma | Eyadéma
     | ?Gnassingbé
# Hissène Habré: President of Chad 1982-1990.
L.habre kind=person name="Hissène Habré" of=TCD : Hissène Habré | Hissein Habré | Habré
# Samuel Doe: President of Liberia 1980-1990.
L.doe kind=person name="Samuel Doe" of=LBR : Samuel Doe | Samuel Kanyon Doe
# Juvénal Habyarimana: President of Rwanda 1973-1994.
L.habyarimana kind=person name="Juvénal Habyarimana" of=RWA : Juvénal Habyarimana | Habyarimana
# Pierre Buyoya: President of Burundi 1987-1993, 1996-2003.
L.buyoya kind=person name="Pierre Buyoya" of=BDI : Pierre Buyoya | Buyoya
# Hastings Kamuzu Banda: President of Malawi 1966-1994.
L.banda kind=person name="Hastings Kamuzu Banda" of=MWI support=MWI : Hastings Kamuzu Banda | Hastings Banda | Kamuzu Banda
     | ?Banda
# Joaquim Chissano: President of Mozambique 1986-2005.
L.chissano kind=person name="Joaquim Chissano" of=MOZ : Joaquim Chissano | Chissano
# Mengistu Haile Mariam: leader of Ethiopia 1977-1991.
L.mengistu kind=person name="Mengistu Haile Mariam" of=ETH : Mengistu Haile Mariam | Mengistu
# Siad Barre: President of Somalia 1969-1991.
L.siad_barre kind=person name="Siad Barre" of=SOM support=SOM : Mohamed Siad Barre | Siad Barre | ?Barre
# Sadiq al-Mahdi: Prime Minister of Sudan 1966-1967, 1986-1989.
L.sadiq_mahdi kind=person name="Sadiq al-Mahdi" of=SDN : Sadiq al-Mahdi | Sadek al-Mahdi | Sadiq el-Mahdi
# Habib Bourguiba: President of Tunisia 1957-1987.
L.bourguiba kind=person name="Habib Bourguiba" of=TUN : Habib Bourguiba | Bourguiba
# Chadli Bendjedid: President of Algeria 1979-1992.
L.bendjedid kind=person name="Chadli Bendjedid" of=DZA : Chadli Bendjedid | Bendjedid | Chadli Benjedid
# Hassan II: King of Morocco 1961-1999.
L.hassan2 kind=person name="Hassan II" of=MAR : King Hassan II | Hassan II | roi Hassan II
# Omar Bongo: President of Gabon 1967-2009.
L.bongo_omar kind=person name="Omar Bongo" of=GAB support=GAB : Omar Bongo | Omar Bongo Ondimba | El Hadj Omar Bongo | ?Bongo

# --- Americas
# Augusto Pinochet: President of Chile 1973-1990 (military ruler).
L.pinochet kind=person name="Augusto Pinochet" of=CHL : Augusto Pinochet | Pinochet
# Raúl Alfonsín: President of Argentina 1983-1989.
L.alfonsin kind=person name="Raúl Alfonsín" of=ARG : Raúl Alfonsín | Alfonsín
# José Sarney: President of Brazil 1985-1990.
L.sarney kind=person name="José Sarney" of=BRA : José Sarney | Sarney
# Miguel de la Madrid: President of Mexico 1982-1988.
L.de_la_madrid kind=person name="Miguel de la Madrid" of=MEX : Miguel de la Madrid | Miguel de la Madrid Hurtado
# Carlos Salinas de Gortari: President of Mexico 1988-1994.
L.salinas kind=person name="Carlos Salinas de Gortari" of=MEX : Carlos Salinas de Gortari | Salinas de Gortari
# Manuel Noriega: military ruler of Panama 1983-1989.
L.noriega kind=person name="Manuel Noriega" of=PAN : Manuel Noriega | Manuel Antonio Noriega | Noriega
# José Napoleón Duarte: President of El Salvador 1984-1989.
L.duarte kind=person name="José Napoleón Duarte" of=SLV : José Napoleón Duarte | Napoleón Duarte
# Óscar Arias: President of Costa Rica 1986-1990, 2006-2010.
L.arias kind=person name="Óscar Arias" of=CRI : Óscar Arias | Óscar Arias Sánchez
# Alan García: President of Peru 1985-1990, 2006-2011.
L.alan_garcia kind=person name="Alan García" of=PER : Alan García
# Virgilio Barco: President of Colombia 1986-1990.
L.barco kind=person name="Virgilio Barco" of=COL : Virgilio Barco
