# minerals.lex: minerals, ores, gems, mining activity and mineral trade for the
# `minerals` signal, with the metal each term denotes and the regulatory lists
# that metal is on.
#
# What it is
#   English and French names of metals, their ores and concentrates, gems,
#   mining activity and the mineral supply chain, plus a figurative category
#   (sport medals, music awards, idioms, company and place names) that wins
#   the match over the bare word and applies a small penalty.
#
# Sources of facts (no text copied from any of them)
#   * USGS / Department of the Interior, Final 2025 List of Critical Minerals,
#     Federal Register document 2025-19813 (7 Nov 2025): 60 minerals
#     (aluminum ... zirconium). Tag `USGS-2025`.
#   * EU Critical Raw Materials Act, Regulation (EU) 2024/1252, Annex I
#     (17 strategic) and Annex II (34 critical). Strategic: bauxite/alumina/
#     aluminium, bismuth, boron, cobalt, copper, gallium, germanium, lithium,
#     magnesium metal, manganese, natural graphite, nickel, platinum group
#     metals, rare earths for magnets (Nd, Pr, Tb, Dy, Gd, Sm, Ce), silicon
#     metal, titanium metal, tungsten. Critical also: antimony, arsenic,
#     baryte, beryllium, coking coal, feldspar, fluorspar, hafnium, helium,
#     heavy and light rare earths, niobium, phosphate rock, phosphorus,
#     scandium, strontium, tantalum, vanadium. Tags `EU-CRM` (every one of
#     the 34) and `EU-strategic` (the 17). The Act names grades (battery-grade
#     nickel, titanium metal ...); a news text rarely does, so the tags are
#     given per metal. The EU groups platinum group metals (Pt, Pd, Rh, Ru,
#     Ir, Os) and rare earths (heavy: Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu, Y;
#     light: La, Ce, Pr, Nd, Sm); members carry the group's tags.
#     USGS "metallurgical coal" and EU "coking coal" are one commodity and
#     share both tags; likewise USGS "phosphate" and EU "phosphate rock".
#   * Dodd-Frank Act section 1502 and SEC Rule 13p-1, OECD Due Diligence
#     Guidance for Responsible Supply Chains of Minerals from Conflict-Affected
#     and High-Risk Areas, EU Regulation 2017/821: 3TG = tin, tantalum,
#     tungsten, gold and their ores: cassiterite -> tin, columbite-tantalite
#     (coltan) -> tantalum, wolframite -> tungsten. Tag `3TG`.
#   * Standard mineralogy for ore -> metal pairs (spodumene -> lithium,
#     bauxite -> aluminium, chromite -> chromium, pitchblende -> uranium,
#     heterogenite -> cobalt, galena -> lead, sphalerite -> zinc ...).
#   * Traps were found by counting each risky word in the reference corpora
#     (Reuters-21578 metal topics vs other topics, BBC News 2004-05 sport and
#     entertainment, AG News, BBC Afrique) and reading the contexts.
#
# Weights (w), one scale for the whole file
#   4     conflict-minerals ores and terms: coltan, cassiterite, wolframite,
#         "conflict minerals", "minerais de sang", blood/conflict diamonds
#   3     3TG metals by name, cobalt, artisanal mining, creuseurs, orpaillage
#   2-2.5 named critical minerals, gold, diamonds, rare earths, ores by name
#   1-2   mining activity (mines, mining, miners, concession, tailings)
#   1     trade and market words (smelter, refinery, metal prices, steel)
#   <1    words that are mostly innocent (bare "iron", "lithium-ion")
#   figurative 1-2: the size of the penalty.
#   Names that are also common words keep a low weight or appear only inside
#   phrases: "lead" (verb, noun) only as "lead ore", "lead mine", "lead and
#   zinc" ...; "mine" (pronoun, landmine) never alone; French "or" (the
#   conjunction) and "argent" (money) never alone, only "mine d'or",
#   "orpaillage", "minerai d'argent"; French "bore", "chrome", "fer" and
#   "mineurs" (also "minors") never alone; "coal" only as metallurgical or
#   coking coal. Landmines belong to conflict.lex.
#   No figurative alias starts with a word that can begin a real mineral
#   phrase ("a copper" or "a nickel" would swallow "a copper mine").
#
# Apostrophes are ASCII ('); the text layer is expected to fold the
# typographic one (’) to ASCII before matching.

@signal minerals

# ------------------------------------------------------- 3TG and their ores
m.coltan           cat=ore w=4 metal=tantalum tags=3TG,USGS-2025,EU-CRM
                   : coltan | columbite-tantalite | tantalite | minerai de coltan
                   | tantalum ore | tantalum concentrate | tantalum concentrates
m.columbite        cat=ore w=3 metal=niobium tags=USGS-2025,EU-CRM : columbite | pyrochlore
m.cassiterite      cat=ore w=4 metal=tin tags=3TG,USGS-2025
                   : cassiterite | tin ore | tin ores | tin concentrate | tin concentrates
                   | minerai d'etain | minerais d'etain
m.wolframite       cat=ore w=4 metal=tungsten tags=3TG,USGS-2025,EU-CRM,EU-strategic
                   : wolframite | scheelite | tungsten ore | tungsten concentrate
                   | tungsten concentrates | minerai de tungstene
m.3t               cat=mineral w=3.5 metal=3TG tags=3TG : =3TG | =3T | 3T minerals | 3TG minerals
m.tantalum         cat=mineral w=3 metal=tantalum tags=3TG,USGS-2025,EU-CRM : tantalum | tantale
m.tin              cat=mineral w=2.5 metal=tin tags=3TG,USGS-2025 : tin | etain
m.tin_trade        cat=trade w=2 metal=tin tags=3TG,USGS-2025 : tin smelter | tin smelters
                   | tin prices | tin price | tin mine | tin mines | tin mining | tin miners
                   | tin exports | tin production | tin output | refined tin | tin supply
m.tungsten         cat=mineral w=3 metal=tungsten tags=3TG,USGS-2025,EU-CRM,EU-strategic
                   : tungsten | wolfram
m.gold_bare        cat=mineral w=1.5 metal=gold tags=3TG : gold
m.gold             cat=mineral w=2.5 metal=gold tags=3TG : gold ore | gold ores
                   | gold bullion | gold bars | gold bar | bullion | gold nuggets | gold nugget
                   | lingots d'or | lingot d'or | minerai d'or | gold concentrate
m.gold_mining      cat=mining w=3 metal=gold tags=3TG : gold mine | gold mines | gold mining
                   | gold miners | gold miner | gold deposits | gold deposit | goldfield | goldfields
                   | gold field | gold fields | alluvial gold | artisanal gold | gold panning
                   | mine d'or | mines d'or | orpaillage | orpailleurs | orpailleur
                   | gisement d'or | gisements d'or | aurifere | auriferes | site aurifere
                   | sites auriferes | zone aurifere | zones auriferes | exploitation aurifere
                   | extraction de l'or | extraction d'or | mine aurifere | mines auriferes
m.gold_weak        cat=mining w=1 metal=gold tags=3TG : goldmine | gold rush | gold diggers
                   | ruee vers l'or
m.gold_trade       cat=trade w=2 metal=gold tags=3TG : gold prices | gold price | gold exports
                   | gold smuggling | gold smuggled | gold refinery | gold refineries
                   | gold production | gold output | gold reserves | gold futures | gold traders
                   | gold trade | prix de l'or | cours de l'or | exportations d'or
                   | contrebande d'or | production d'or | trafic d'or | comptoirs d'or
m.conflict_gold    cat=mineral w=4 metal=gold tags=3TG : conflict gold | blood gold | or de sang

# ---------------------------------------------- cobalt, copper and battery metals
m.cobalt           cat=mineral w=3 metal=cobalt tags=USGS-2025,EU-CRM,EU-strategic
                   : cobalt | cobalt hydroxide | cobalt metal | cobalt mine | cobalt mines
                   | cobalt mining | cobalt miners | cobalt prices | cobalt price | cobalt exports
                   | cobalt production | cobalt output | cobalt supply | cobalt refinery
                   | cobalt refining | cobalt export ban
m.heterogenite     cat=ore w=3 metal=cobalt tags=USGS-2025,EU-CRM,EU-strategic
                   : heterogenite | cobalt ore | cobalt ores | cobalt concentrate
                   | cobalt concentrates | minerai de cobalt | minerais de cobalt
m.copper           cat=mineral w=2 metal=copper tags=USGS-2025,EU-CRM,EU-strategic
                   : copper | cuivre | copper cathode | copper cathodes | cathodes de cuivre
                   | copper mine | copper mines | copper mining | copper miners | copper prices
                   | copper price | copper smelter | copper smelters | copper exports
                   | copper production | copper output | refined copper | copper futures
                   | mine de cuivre | mines de cuivre | production de cuivre | prix du cuivre
m.copper_ore       cat=ore w=2.5 metal=copper tags=USGS-2025,EU-CRM,EU-strategic
                   : copper ore | copper ores | copper concentrate | copper concentrates
                   | chalcopyrite | malachite | chalcocite | bornite | minerai de cuivre
                   | minerais de cuivre | concentre de cuivre | concentres de cuivre
m.copperbelt       cat=mining w=2 metal=copper tags=USGS-2025,EU-CRM,EU-strategic
                   : copperbelt | copper belt | ceinture de cuivre
m.lithium          cat=mineral w=2.5 metal=lithium tags=USGS-2025,EU-CRM,EU-strategic
                   : lithium | lithium carbonate | lithium hydroxide | lithium brine
                   | lithium mine | lithium mines | lithium mining | lithium deposits
                   | lithium deposit | lithium prices | lithium production | lithium reserves
                   | lithium triangle | gisement de lithium | gisements de lithium
m.lithium_ion      cat=trade w=0.5 metal=lithium tags=USGS-2025,EU-CRM,EU-strategic
                   : lithium-ion | lithium ion batteries | lithium-ion battery
m.spodumene        cat=ore w=2.5 metal=lithium tags=USGS-2025,EU-CRM,EU-strategic
                   : spodumene | lepidolite | petalite | lithium ore | lithium concentrate
                   | minerai de lithium
m.nickel           cat=mineral w=2 metal=nickel tags=USGS-2025,EU-CRM,EU-strategic
                   : nickel | ferronickel | nickel pig iron | nickel matte | nickel mine
                   | nickel mines | nickel mining | nickel prices | nickel price | nickel smelter
                   | nickel smelters | nickel production | nickel exports | nickel output
                   | nickel ore export ban
m.nickel_ore       cat=ore w=2.5 metal=nickel tags=USGS-2025,EU-CRM,EU-strategic
                   : nickel ore | nickel ores | nickel concentrate | nickel laterite
                   | pentlandite | garnierite | minerai de nickel
m.manganese        cat=mineral w=2 metal=manganese tags=USGS-2025,EU-CRM,EU-strategic
                   : manganese | ferromanganese | silicomanganese | manganese mine
                   | manganese mines | manganese mining
m.manganese_ore    cat=ore w=2.5 metal=manganese tags=USGS-2025,EU-CRM,EU-strategic
                   : manganese ore | manganese ores | pyrolusite | minerai de manganese
m.graphite         cat=mineral w=2 metal=graphite tags=USGS-2025,EU-CRM,EU-strategic
                   : graphite | natural graphite | flake graphite | spherical graphite
                   | graphite naturel | graphite mine | graphite mining
m.aluminium        cat=mineral w=1.5 metal=aluminum tags=USGS-2025,EU-CRM,EU-strategic
                   : aluminium | aluminum | alumina | alumine | aluminium smelter
                   | aluminium smelters | aluminum smelter | aluminum smelters
                   | primary aluminium | primary aluminum
m.bauxite          cat=ore w=2.5 metal=aluminum tags=USGS-2025,EU-CRM,EU-strategic
                   : bauxite | bauxite mine | bauxite mines | bauxite mining | bauxite exports
m.magnesium        cat=mineral w=2 metal=magnesium tags=USGS-2025,EU-CRM,EU-strategic
                   : magnesium | magnesium metal
m.magnesite        cat=ore w=2 metal=magnesium tags=USGS-2025,EU-CRM,EU-strategic
                   : magnesite | dolomite ore
m.silicon          cat=mineral w=0.5 metal=silicon tags=USGS-2025,EU-CRM,EU-strategic
                   : silicon | silicium | ferrosilicon | ferrosilicium
m.silicon_metal    cat=mineral w=2 metal=silicon tags=USGS-2025,EU-CRM,EU-strategic
                   : silicon metal | metallurgical silicon | silicium metal
m.titanium         cat=mineral w=2 metal=titanium tags=USGS-2025,EU-CRM,EU-strategic
                   : titanium | titane | titanium sponge | titanium metal
m.titanium_ore     cat=ore w=2.5 metal=titanium tags=USGS-2025,EU-CRM,EU-strategic
                   : ilmenite | rutile | titanium ore | mineral sands | sables mineralises
m.bismuth          cat=mineral w=2 metal=bismuth tags=USGS-2025,EU-CRM,EU-strategic : bismuth
m.boron            cat=mineral w=2 metal=boron tags=USGS-2025,EU-CRM,EU-strategic
                   : boron | borate | borates | borax | colemanite | ulexite
m.gallium          cat=mineral w=2.5 metal=gallium tags=USGS-2025,EU-CRM,EU-strategic : gallium
m.germanium        cat=mineral w=2.5 metal=germanium tags=USGS-2025,EU-CRM,EU-strategic : germanium

# --------------------------------------------------------- rare earths and PGMs
m.rare_earths      cat=mineral w=2.5 metal="rare earths" tags=USGS-2025,EU-CRM,EU-strategic
                   : rare earths | rare earth | rare earth elements | rare earth metals
                   | rare earth minerals | rare earth oxides | rare earth magnets
                   | rare earth mine | rare earth mining | rare earth processing
                   | heavy rare earths | light rare earths | heavy rare earth elements
                   | light rare earth elements | =REE | =REEs | =HREE | =LREE
                   | terres rares | metaux rares | elements de terres rares
m.rare_earth_ore   cat=ore w=2.5 metal="rare earths" tags=USGS-2025,EU-CRM,EU-strategic
                   : monazite | bastnaesite | bastnasite | xenotime | ionic clay
m.neodymium        cat=mineral w=2.5 metal=neodymium tags=USGS-2025,EU-CRM,EU-strategic
                   : neodymium | neodyme | =NdFeB
m.praseodymium     cat=mineral w=2.5 metal=praseodymium tags=USGS-2025,EU-CRM,EU-strategic
                   : praseodymium | praseodyme | =NdPr
m.dysprosium       cat=mineral w=2.5 metal=dysprosium tags=USGS-2025,EU-CRM,EU-strategic : dysprosium
m.terbium          cat=mineral w=2.5 metal=terbium tags=USGS-2025,EU-CRM,EU-strategic : terbium
m.gadolinium       cat=mineral w=2.5 metal=gadolinium tags=USGS-2025,EU-CRM,EU-strategic : gadolinium
m.samarium         cat=mineral w=2.5 metal=samarium tags=USGS-2025,EU-CRM,EU-strategic : samarium
m.cerium           cat=mineral w=2.5 metal=cerium tags=USGS-2025,EU-CRM,EU-strategic : cerium
m.lanthanum        cat=mineral w=2.5 metal=lanthanum tags=USGS-2025,EU-CRM : lanthanum | lanthane
m.europium         cat=mineral w=2.5 metal=europium tags=USGS-2025,EU-CRM : europium
m.erbium           cat=mineral w=2.5 metal=erbium tags=USGS-2025,EU-CRM : erbium
m.holmium          cat=mineral w=2.5 metal=holmium tags=USGS-2025,EU-CRM : holmium
m.thulium          cat=mineral w=2.5 metal=thulium tags=USGS-2025,EU-CRM : thulium
m.ytterbium        cat=mineral w=2.5 metal=ytterbium tags=USGS-2025,EU-CRM : ytterbium
m.lutetium         cat=mineral w=2.5 metal=lutetium tags=USGS-2025,EU-CRM : lutetium | lutecium
m.yttrium          cat=mineral w=2.5 metal=yttrium tags=USGS-2025,EU-CRM : yttrium
m.scandium         cat=mineral w=2.5 metal=scandium tags=USGS-2025,EU-CRM : scandium
m.pgm              cat=mineral w=2.5 metal="platinum group metals" tags=USGS-2025,EU-CRM,EU-strategic
                   : platinum group metals | platinum group elements | =PGMs | =PGM | =PGEs
                   | metaux du groupe du platine | platinoides
m.platinum         cat=mineral w=1.5 metal=platinum tags=USGS-2025,EU-CRM,EU-strategic
                   : platinum | platine | platinum mine | platinum mines | platinum mining
                   | platinum prices | platinum price | platinum production
m.palladium        cat=mineral w=2.5 metal=palladium tags=USGS-2025,EU-CRM,EU-strategic : palladium
m.rhodium          cat=mineral w=2.5 metal=rhodium tags=USGS-2025,EU-CRM,EU-strategic : rhodium
m.ruthenium        cat=mineral w=2.5 metal=ruthenium tags=USGS-2025,EU-CRM,EU-strategic : ruthenium
m.iridium          cat=mineral w=2.5 metal=iridium tags=USGS-2025,EU-CRM,EU-strategic : iridium
m.osmium           cat=mineral w=2 metal=osmium tags=EU-CRM,EU-strategic : osmium

# ------------------------------------------------- other listed minerals (USGS, EU)
m.antimony         cat=mineral w=2.5 metal=antimony tags=USGS-2025,EU-CRM : antimony | antimoine
m.stibnite         cat=ore w=2.5 metal=antimony tags=USGS-2025,EU-CRM : stibnite | antimony ore
m.arsenic          cat=mineral w=1 metal=arsenic tags=USGS-2025,EU-CRM : arsenic
m.barite           cat=mineral w=2 metal=barite tags=USGS-2025,EU-CRM : barite | baryte | barytes
                   | barytine
m.beryllium        cat=mineral w=2.5 metal=beryllium tags=USGS-2025,EU-CRM : beryllium
m.beryl            cat=ore w=2 metal=beryllium tags=USGS-2025,EU-CRM : beryl | bertrandite
m.cesium           cat=mineral w=2 metal=cesium tags=USGS-2025 : cesium | caesium | pollucite
m.chromium         cat=mineral w=2 metal=chromium tags=USGS-2025 : chromium | ferrochrome
                   | ferrochromium
m.chromite         cat=ore w=2.5 metal=chromium tags=USGS-2025 : chromite | chrome ore
                   | chromium ore | minerai de chrome
m.fluorspar        cat=mineral w=2 metal=fluorspar tags=USGS-2025,EU-CRM : fluorspar | fluorite
                   | fluorine | spath fluor
m.hafnium          cat=mineral w=2.5 metal=hafnium tags=USGS-2025,EU-CRM : hafnium
m.indium           cat=mineral w=2.5 metal=indium tags=USGS-2025 : indium
m.lead             cat=mineral w=2 metal=lead tags=USGS-2025 : lead ore | lead ores
                   | lead concentrate | lead concentrates | lead mine | lead mines | lead mining
                   | lead smelter | lead smelters | lead smelting | lead prices | lead price
                   | lead and zinc | zinc and lead | lead-zinc | refined lead | lead metal
                   | lead output | lead production | lead futures | lead deposits | lead exports
                   | plomb | minerai de plomb | plomb et zinc | zinc et plomb
m.galena           cat=ore w=2.5 metal=lead tags=USGS-2025 : galena | galene
m.met_coal         cat=mineral w=2 metal="metallurgical coal" tags=USGS-2025,EU-CRM
                   : metallurgical coal | coking coal | met coal | hard coking coal
                   | charbon a coke | charbon metallurgique | charbon cokefiable
m.niobium          cat=mineral w=2.5 metal=niobium tags=USGS-2025,EU-CRM : niobium | ferroniobium
m.phosphate        cat=mineral w=1.5 metal=phosphate tags=USGS-2025,EU-CRM : phosphate
                   | phosphates | phosphate rock | roche phosphatee | phosphate mine
                   | phosphate mines | phosphate mining
m.phosphorus       cat=mineral w=1.5 metal=phosphorus tags=EU-CRM : phosphorus | phosphore
m.potash           cat=mineral w=2 metal=potash tags=USGS-2025 : potash | potasse | sylvite
                   | muriate of potash
m.rhenium          cat=mineral w=2.5 metal=rhenium tags=USGS-2025 : rhenium
m.rubidium         cat=mineral w=2.5 metal=rubidium tags=USGS-2025 : rubidium
m.silver_bare      cat=mineral w=1 metal=silver tags=USGS-2025 : silver
m.silver           cat=mineral w=2 metal=silver tags=USGS-2025 : silver ore
                   | silver mine | silver mines | silver mining | silver prices | silver price
                   | silver bullion | silver production | silver futures | minerai d'argent
                   | mine d'argent | mines d'argent
m.tellurium        cat=mineral w=2.5 metal=tellurium tags=USGS-2025 : tellurium | tellure
m.uranium          cat=mineral w=2.5 metal=uranium tags=USGS-2025 : uranium | enriched uranium
                   | uranium mine | uranium mines | uranium mining | uranium deposits
                   | mine d'uranium | mines d'uranium
m.uranium_ore      cat=ore w=3 metal=uranium tags=USGS-2025 : yellowcake | pitchblende
                   | uraninite | uranium ore | uranium concentrate | minerai d'uranium
m.vanadium         cat=mineral w=2.5 metal=vanadium tags=USGS-2025,EU-CRM : vanadium
                   | ferrovanadium | vanadium pentoxide | vanadinite
m.zinc             cat=mineral w=2 metal=zinc tags=USGS-2025 : zinc | zinc mine | zinc mines
                   | zinc mining | zinc smelter | zinc smelters | zinc prices | zinc price
                   | zinc production | refined zinc
m.zinc_ore         cat=ore w=2.5 metal=zinc tags=USGS-2025 : sphalerite | zinc ore | zinc ores
                   | zinc concentrate | zinc concentrates | minerai de zinc
m.zirconium        cat=mineral w=2.5 metal=zirconium tags=USGS-2025 : zirconium | zircon
m.feldspar         cat=mineral w=1.5 metal=feldspar tags=EU-CRM : feldspar | feldspath
m.helium           cat=mineral w=1 metal=helium tags=EU-CRM : helium
m.strontium        cat=mineral w=2 metal=strontium tags=EU-CRM : strontium

# ----------------------------------------------------------------- iron and steel
m.iron_ore         cat=ore w=2 metal=iron : iron ore | iron ores | iron ore mine
                   | iron ore mines | iron ore exports | iron ore prices | iron ore price
                   | hematite | haematite | magnetite | taconite | minerai de fer | minerais de fer
                   | mine de fer | mines de fer
m.iron             cat=mineral w=0.5 metal=iron : iron | pig iron
m.steel            cat=trade w=1 metal=iron : steel | acier
# The steel industry proper: the iron-steel topic of commodity news. Raising
# these from 1 to 2 lifted minerals F1 against the Reuters metal topics (see
# the README's accuracy table); bare "steel" (steel frame, steel nerves) stays 1.
m.steel_industry   cat=trade w=2 metal=iron : iron and steel | steelmaker | steelmakers
                   | steel mill | steel mills | steel plant | steel plants | steelworks
                   | steel industry | steel production | steel output | steel prices
                   | steel exports | steel imports | steel tariffs | steel producers | steel producer
                   | steel company | steel companies | acieries | acierie | siderurgie | siderurgique

# ------------------------------------------------------------------------ gems
m.diamond_one      cat=gem w=1 metal=diamond : diamond | diamant
m.diamond          cat=gem w=2 metal=diamond : diamonds | diamants
                   | rough diamonds | rough diamond | alluvial diamonds | industrial diamonds
                   | diamants bruts | diamant brut | kimberlite
m.diamond_mining   cat=mining w=2.5 metal=diamond : diamond mine | diamond mines
                   | diamond mining | diamond miners | diamond fields | diamond diggers
                   | diamond exports | diamond trade | mine de diamants | mines de diamants
                   | exploitation diamantifere | diamantifere | diamantiferes
m.blood_diamonds   cat=gem w=4 metal=diamond : blood diamonds | conflict diamonds
                   | blood diamond | conflict diamond | diamants de sang | diamants du sang
                   | diamants de conflit | diamants de la guerre
m.gemstones        cat=gem w=1.5 metal=gemstones : gemstone | gemstones | precious stones
                   | semi-precious stones | pierres precieuses | pierres semi-precieuses
                   | gemmes | gem mining | gem mines
m.coloured_gems    cat=gem w=1.5 metal=gemstones : emeralds | rubies | sapphires | tanzanite
                   | tourmaline | emeraudes | saphirs | rubis | ruby mine | ruby mines
                   | emerald mine | emerald mines | sapphire mine | sapphire mines
m.jade             cat=gem w=2 metal=jade : jade mine | jade mines | jade mining | jade trade
                   | jadeite | amber mines | amber mining

# ----------------------------------------------------------------- mining
m.mines            cat=mining w=1 : mines | mineral | gisement | gisements | excavation | excavations
m.mining           cat=mining w=1.5 : mining | miners | miner | minerals
                   | ore | ores | minier | miniere | minieres | miniers | minerai | minerais
                   | ore body | orebody
                   | ore deposit | ore deposits | mineral deposits | mineral deposit
m.mining_sector    cat=mining w=2 : mining sector | mining industry | mining company | mining companies
                   | mining firm | mining firms | mining group | mining giant | mining giants
                   | mining site | mining sites | mining area | mining areas | mining town
                   | mining region | mining operations | mine site | mine sites | mine shaft
                   | mine shafts | mineshaft | open-pit | open-cast | opencast | open pit mine
                   | underground mine | underground mining | strip mining | mine collapse
                   | mining accident | mining project | mining projects | mineral resources
                   | mineral wealth | mineral-rich | mineral reserves | mineral exploration
                   | mining royalties | mining revenues | mining taxes | mining investment
                   | tailings | tailings dam | tailings dams | secteur minier | industrie miniere
                   | societe miniere | societes minieres | compagnie miniere | compagnies minieres
                   | entreprise miniere | entreprises minieres | site minier | sites miniers
                   | zone miniere | zones minieres | region miniere | exploitation miniere
                   | exploitations minieres | activites minieres | activite miniere
                   | projet minier | projets miniers | ressources minerales | ressources minieres
                   | richesses minieres | richesses minerales | riche en minerais | sous-sol riche
                   | puits de mine | effondrement d'une mine
m.mining_rights    cat=mining w=2 : mining code | mining permit | mining permits | mining licence
                   | mining licences | mining license | mining licenses | mining rights
                   | mining concession | mining concessions | mining contract | mining contracts
                   | mining deal | mining deals | minerals deal | minerals deals | mineral rights
                   | exploration licence | exploration licences | exploration license
                   | exploration licenses | exploration permit | exploration permits
                   | code minier | permis minier | permis miniers | permis d'exploration
                   | permis d'exploitation | concession miniere | concessions minieres
                   | titre minier | titres miniers | cadastre minier | contrat minier
                   | contrats miniers | accord minier | accords miniers | ministry of mines
                   | ministere des mines | ministre des mines | minister of mines | mines minister
m.artisanal        cat=mining w=3 : artisanal mining | artisanal miners | artisanal miner
                   | artisanal mines | artisanal mine | artisanal and small-scale mining
                   | small-scale mining | small-scale miners | illegal mining | illegal miners
                   | illegal mines | galamsey | creuseurs | creuseur | exploitation artisanale
                   | mines artisanales | mine artisanale | mineurs artisanaux | exploitants artisanaux
                   | exploitation illegale | exploitation illicite | mine illegale | mines illegales
                   | child miners | child labour in mines | child labor in mines | enfants dans les mines
                   | travail des enfants dans les mines

# ------------------------------------------------------------------ trade
m.conflict_minerals cat=trade w=4 : conflict minerals | conflict mineral | minerais de conflit
                   | minerai de conflit | minerais de sang | minerai de sang | minerais du sang
                   | blood minerals | minerals of conflict | conflict-free minerals
                   | conflict-free smelter | =CAHRA | =CAHRAs
                   | conflict-affected and high-risk areas | zones de conflit ou a haut risque
                   | section 1502 | dodd-frank section 1502 | =ITSCI
                   | kimberley process | processus de kimberley | responsible minerals initiative
                   | responsible minerals | oecd due diligence guidance | due diligence guidance
                   | mineral supply chain due diligence
m.critical_minerals cat=trade w=2 : critical minerals | critical mineral | critical raw materials
                   | critical raw material | strategic minerals | strategic metals
                   | strategic raw materials | battery metals | battery minerals | minor metals
                   | technology metals | minerais critiques | minerais strategiques
                   | matieres premieres critiques | metaux critiques | metaux strategiques
                   | minerals-for-security | minerals-for-infrastructure | resources-for-infrastructure
m.supply_chain     cat=trade w=1.5 : mineral supply chain | mineral supply chains
                   | minerals supply chain | minerals supply chains | traceability | tracabilite
                   | conflict-free | devoir de vigilance
                   | smelter | smelters | smelting | refining of minerals | mineral processing
                   | ore processing | concentrate exports | mineral exports | minerals exports
                   | ore exports | export of minerals | exports of minerals | offtake
                   | offtake agreement | offtake agreements | fonderie | fonderies
                   | comptoirs | comptoir d'achat | comptoirs d'achat | negociants en minerais
                   | exportations de minerais | exportation de minerais | tonnes of ore
                   | mineral smuggling | smuggled minerals | minerals smuggling | contrebande de minerais
                   | trafic de minerais | mineral trade | minerals trade | commerce des minerais
# Market words (refineries, export quotas) are also oil's and farming's: they
# count in a minerals story but do not make a sentence a minerals sentence
# (the `market` category is soft in scoring.rules).
m.market           cat=market w=1 : refinery | refineries | refining | base metals | precious metals
                   | metal prices | metals prices | metal markets | metals markets | non-ferrous metals
                   | london metal exchange | =LME | shanghai futures exchange | =COMEX
                   | export ban | export bans | export quota | export quotas | export restrictions
                   | export controls | metaux de base | metaux precieux | interdiction d'exporter
                   | quotas d'exportation | cours des metaux | prix des metaux

# ------------------------------------------------------------- figurative
m.fig_medals       cat=figurative w=2 : gold medal | gold medals | gold medallist
                   | gold medallists | gold medalist | gold medalists | olympic gold
                   | won gold | win gold | wins gold | winning gold | took gold | takes gold
                   | claimed gold | clinched gold | grabbed gold | struck gold | go for gold
                   | going for gold | gold medal winner | gold cup | gold coast | gold star
                   | gold stars | silver medal | silver medals | silver medallist
                   | silver medallists | silver medalist | won silver | took silver | claimed silver
                   | bronze medal | bronze medals | bronze medallist | gold and silver medals
                   | olympic silver | olympic bronze | paralympic gold | paralympic silver
                   | commonwealth gold | commonwealth silver | relay gold | relay silver
                   | take the gold | took the gold | takes silver | taking silver | took the silver
                   | taking the silver | settled for silver | earned the silver | gold boots
                   | silver fern | silver and black | tungsten t5 | palmone tungsten | palm tungsten
                   | diamond league | golden goal | golden boot | golden ball | golden globe
                   | golden globes | medaille d'or | medailles d'or | medaille d'argent
                   | ballon d'or | soulier d'or | palme d'or | silver arrows
m.fig_music        cat=figurative w=2 : platinum album | platinum albums | platinum record
                   | platinum records | platinum disc | platinum discs | platinum-selling
                   | went platinum | gone platinum | double platinum | triple platinum
                   | multi-platinum | gold disc | gold discs | gold record | gold records
                   | gold album | iron maiden | neil diamond | lead singer | lead vocalist
                   | lead vocals | lead guitarist | lead role | lead roles | lead actor
                   | lead actress | heavy metal | death metal | metal band | silver screen
                   | disque d'or | disque de platine
m.fig_idioms       cat=figurative w=1.5 : gold standard | gold dust | gold-plated | pot of gold
                   | weight in gold | heart of gold | streets paved with gold | gold card
                   | silver lining | silver linings | silver spoon | silver bullet | silver bullets
                   | silver surfer | silver surfers | silver service | silver fox | silver jubilee
                   | silver wedding | silver anniversary | platinum card | platinum jubilee
                   | platinum blonde | iron fist | iron curtain | iron man | iron lady | iron will
                   | pumping iron | iron out | cast-iron | iron deficiency | iron supplements
                   | iron levels | iron age | wrought iron | copper-bottomed | copper-bottom
                   | cobalt blue | nickel and dime | tin can | tin cans | tin foil
                   | tinfoil | tin hat | tin-pot | tin man | tin roof | tin roofs | tin drum
                   | says on the tin | what it says on the tin | rin tin tin | tin whistle | tin ear
                   | nerves of steel | man of steel | steel drum | steel drums | steel band
                   | diamond jubilee | diamond anniversary | diamond wedding
                   | diamond in the rough | diamonds are forever
                   | lucy in the sky with diamonds | black diamond | diamond princess
                   | emerald isle | emerald city | mine of information | goldmine of | gold mine of
                   | helium balloon | helium balloons | mineral water | mineral waters
                   | vitamins and minerals | minerals and vitamins | vitamines et mineraux
                   | magnesium supplements | zinc supplements | zinc oxide | lithium treatment
                   | plomb dans l'aile | regle d'or | age d'or | coeur d'or
                   | blood diamond film | graphite pencil
m.fig_business     cat=figurative w=1.5 : data mining | text mining | crypto mining | cryptocurrency mining
                   | bitcoin mining | bitcoin miners | crypto miners | bitcoin miner | mining bitcoin
                   | mining cryptocurrency | process mining | opinion mining | minnesota mining
                   | diamond crystal | golden west | diamond shamrock | silicon valley
                   | silicon fen | silicon glen | silicon roundabout | silicon alley | silicon savannah
                   | silicon chip | silicon chips | silicon graphics | silicon wafer | silicon wafers
                   | oil refinery | oil refineries | oil refining | sugar refinery | sugar refining
                   | petroleum refining | refinery fire | steel city | steel magnolias
                   | diamond ring | diamond rings | diamond necklace
                   | eldorado | el dorado | gold digger | golden handshake
                   | mother lode | motherlode | gold mine for
