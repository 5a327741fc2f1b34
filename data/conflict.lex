# conflict.lex: armed-conflict vocabulary for the `conflict` signal.
#
# What it is
#   Words and phrases (English and French) that show armed conflict in a news
#   text, sorted into categories that follow the ACLED event taxonomy, plus a
#   de-escalation category (lowers the score) and a figurative category (sport,
#   business, health, entertainment and history uses that must not count as
#   conflict: they win the match over the bare word and apply a small penalty).
#
# Sources of facts (categories and terms only; no text copied)
#   * ACLED Codebook (2023/2024): event types Battles, Explosions/Remote
#     violence, Violence against civilians, Protests, Riots, Strategic
#     developments; sub-events such as armed clash, non-state actor overtakes
#     territory, government regains territory, air/drone strike, suicide bomb,
#     shelling/artillery/missile attack, remote explosive/landmine/IED,
#     grenade, sexual violence, abduction/forced disappearance, mob violence,
#     looting; actor types state forces, rebels, political and identity
#     militias, rioters, protesters, civilians, external forces.
#   * Caldara & Iacoviello, "Measuring Geopolitical Risk", AER 112(4) 2022,
#     Table 1: word groups for war, threats, military buildup, nuclear and
#     terror, and its exclusion list (movie, film, museum, anniversary,
#     "price war", game, sport, music ...), which shaped `figurative`.
#   * Ambiguity traps were found by counting each risky word in the
#     reference corpora (BBC News 2004-05 sport/entertainment/business/tech
#     vs politics, AG News World vs Sports/Business/Sci-Tech, BBC Afrique
#     MasakhaNEWS) and reading how the words are used there. The entries
#     below are our own wording; no sentence was taken from any corpus.
#
# How weights (w) were chosen, one scale for the whole file
#   4-5  unambiguous severe acts: massacre, air strike, suicide bombing,
#        genocide, war crimes, ethnic cleansing, mass grave
#   3    clear acts: clashes, ambush, shelling, seized a town, were killed,
#        death toll, coup d'etat, civil war
#   2    conflict context: troops, offensive, militia, rebels, armed group,
#        coup, refugees, attack (bare word, common in sport and politics)
#   1    weak context: soldiers, army, military, security forces, weapons,
#        protest, conflict (bare word)
#   <1   words that are mostly innocent but add a little in a conflict story
#   deescalation 2-3.5 (subtracted by the scorer)
#   figurative 1-2: the weight is the size of the penalty; 1 for plain
#        non-conflict uses, 1.5-2 for traps that carry a conflict word
#        inside sport, business or entertainment news.
#   Ambiguous single words (attack, battle, clash, bomb, killed, dead,
#   fighting, captured, seized, coup, rebels) keep a low weight; the clear
#   multi-word forms ("air strike", "opened fire", "shot dead", "bomb
#   attack") carry the weight. Matching is leftmost-longest, so a longer
#   figurative phrase that starts at the same word (or earlier) wins over the
#   bare word. Figurative phrases were chosen so that they never start with a
#   word that could begin a real conflict phrase ("in attack" was rejected: it
#   would swallow "killed in attack on").
#   Bare "strike", "shot", "fire", "fight", "shooting", "tanks", "mine" and
#   French "coup", "frappe", "tue", "occupe", "siege", "bilan" are never
#   aliases: they are mostly labour, sport, business or everyday words.
#
# Apostrophes are ASCII ('). News text often uses the typographic one (’);
# the text layer is expected to fold it to ASCII before matching.

@signal conflict

# ---------------------------------------------------------------- armed_clash
c.clashes            cat=armed_clash w=3 : clashes | skirmish | skirmishes | skirmished
                     | firefight | firefights | gunfight | gunfights | gun battle | gun battles
                     | exchange of fire | exchanged fire | exchanging fire | exchanges of fire
c.clash              cat=armed_clash w=1.5 : clash | clashed | clashing
c.clashes_strong     cat=armed_clash w=3.5 : armed clashes | deadly clashes | fierce clashes
                     | heavy clashes | violent clashes | clashes erupted | clashes broke out
                     | border clashes | renewed clashes | intercommunal clashes | ethnic clashes
                     | clashes between rebels | clashes with rebels | clashes with militants
c.fighting           cat=armed_clash w=1 : fighting
c.fighting_strong    cat=armed_clash w=3.5 : heavy fighting | fierce fighting | intense fighting
                     | fighting broke out | fighting erupted | renewed fighting | street fighting
                     | deadly fighting | fighting intensified | ground fighting
c.battle             cat=armed_clash w=0.5 : battle | battles | battled | battling
c.battle_strong      cat=armed_clash w=3 : pitched battle | pitched battles | fierce battle
                     | fierce battles | battle lines | on the battlefield | fierce battles with
c.battlefield        cat=armed_clash w=1.5 : battlefield | battlefields | battlefront
c.combat             cat=armed_clash w=1 : combat
c.combat_ops         cat=armed_clash w=2.5 : in combat | killed in combat | combat operations | combat troops | combat mission
                     | combat missions | close combat
c.offensive          cat=armed_clash w=2 : offensive | offensives
c.offensive_strong   cat=armed_clash w=3 : military offensive | ground offensive
                     | counteroffensive | counter-offensive | counteroffensives
                     | launched an offensive | spring offensive | rebel offensive
                     | major offensive | new offensive
c.ambush             cat=armed_clash w=3 : ambush | ambushes | ambushed | ambushing
c.attack             cat=armed_clash w=2 : attack | attacks
c.attacked           cat=armed_clash w=1 : attacked | attacking
c.attack_strong      cat=armed_clash w=3.5 : armed attack | armed attacks | deadly attack
                     | deadly attacks | militant attack | militant attacks | rebel attack
                     | rebel attacks | insurgent attack | insurgent attacks | militia attack
                     | militia attacks | coordinated attacks | cross-border attack
                     | cross-border attacks | attack on a military base | attacked a military base
c.assault            cat=armed_clash w=1 : assault | assaults
c.assault_strong     cat=armed_clash w=3 : military assault | ground assault | final assault
                     | full-scale assault | armed assault
c.raid               cat=armed_clash w=1 : raid | raids | raided
c.raid_strong        cat=armed_clash w=3 : military raid | armed raid | cross-border raid
                     | cross-border raids | commando raid | special forces raid
c.opened_fire        cat=armed_clash w=3 : opened fire | open fire | opening fire | opens fire
                     | shots were fired | exchange of gunfire | gunfire | heavy gunfire
                     | automatic gunfire | gunshots | gunshot wounds | sniper | snipers
                     | sniper fire
c.frontline          cat=armed_clash w=1 : front line | front lines | frontline | frontlines
c.fr_clash           cat=armed_clash w=3 : affrontements | heurts | accrochages | accrochage
                     | fusillade | fusillades | echanges de tirs | echange de tirs
                     | tirs nourris | combats | embuscade | embuscades
                     | tendu une embuscade | ouvert le feu | ouvrent le feu | coups de feu
c.fr_clash_mid       cat=armed_clash w=2 : affrontement | attaque | attaques | attaque armee | attaques armees | attaquee | attaquees
                     | attaquent | ont attaque | a attaque | tirs | coup de feu
                     | ligne de front | lignes de front | offensives rebelles
c.fr_clash_strong    cat=armed_clash w=3.5 : violents affrontements | violents combats
                     | combats acharnes | intenses combats | combats violents
                     | combats entre | reprise des combats | contre-offensive
                     | offensive militaire | offensive terrestre

# ---------------------------------------------------------- civilian_violence
c.massacre           cat=civilian_violence w=4.5 : massacre | massacres | massacred
                     | massacring | massacree | massacrees | tuerie | tueries
c.atrocities         cat=civilian_violence w=4 : atrocity | atrocities | war crime | war crimes
                     | crimes against humanity | ethnic cleansing | mass killing | mass killings
                     | mass grave | mass graves | mass execution | mass executions
                     | crimes de guerre | crime de guerre | crimes contre l'humanite
                     | nettoyage ethnique | fosse commune | fosses communes | charnier
                     | charniers | exactions | exactions contre les civils
c.civilians_killed   cat=civilian_violence w=4 : civilians were killed | civilians killed
                     | killing civilians | killed civilians | killing of civilians
                     | killings of civilians | civilian deaths | civilian casualties
                     | civilian death toll | villagers killed | villagers were killed
                     | civils tues | tue des civils | victimes civiles | villageois tues
                     | massacre de civils | massacres de civils
c.executions         cat=civilian_violence w=3 : extrajudicial killing | extrajudicial killings
                     | summary execution | summary executions | executions | executed civilians
                     | beheaded | beheading | beheadings | decapitated | hacked to death
                     | machete attack | machete attacks | burned alive | burnt alive
                     | executions sommaires | execution sommaire | decapites | brules vifs
                     | death squad | death squads | escadrons de la mort
c.abduction          cat=civilian_violence w=2.5 : abduction | abductions | abducted | abduct
                     | abducting | kidnap | kidnaps | kidnapped | kidnapping | kidnappings
                     | kidnappers | forced disappearance | forced disappearances
                     | enforced disappearance | enforced disappearances
                     | enlevement | enlevements | ont ete enleves | a ete enleve | a ete enlevee
                     | ont ete enlevees | personnes enlevees | enleves par | enlevee par | enleve par
                     | kidnappe | kidnappes | kidnappee | kidnappees | ravisseurs
                     | disparitions forcees | disparition forcee
c.sexual_violence    cat=civilian_violence w=3 : sexual violence | mass rape | mass rapes
                     | gang rape | gang-raped | rape as a weapon of war | conflict-related sexual violence
                     | sexual slavery | violences sexuelles | viol comme arme de guerre | viols
                     | esclavage sexuel
c.violence           cat=civilian_violence w=1 : violence | violences
c.violence_strong    cat=civilian_violence w=3 : ethnic violence | sectarian violence
                     | intercommunal violence | communal violence | targeted killings
                     | violence against civilians | attacks on civilians | attack on civilians
                     | violences intercommunautaires | violences ethniques | attaques contre des civils
                     | violences contre les civils
c.child_soldiers     cat=civilian_violence w=4 : child soldiers | child soldier | enfants soldats
                     | recruitment of children | recrutement d'enfants
c.human_shields      cat=civilian_violence w=3.5 : human shields | human shield | boucliers humains
c.displacement_force cat=civilian_violence w=3 : forced displacement | forcibly displaced
                     | forced to flee | villages burned | villages were burned | burned villages
                     | torched villages | villages torched | homes torched | set fire to homes
                     | deplacement force | deplacements forces | villages incendies
                     | maisons incendiees
c.enleve_weak        cat=civilian_violence w=1 : enleve | enleves | enlevee | enlevees
c.torture            cat=civilian_violence w=2 : torture | tortured | torturing | tortures
                     | torturee | tortures infligees
# Abuse of prisoners and detainees by those holding them (ACLED: violence
# against civilians, detainees included).
c.detainee_abuse     cat=civilian_violence w=3 : prisoner abuse | prisoner abuses | abuse of prisoners
                     | abusing prisoners | abused prisoners | detainee abuse | abuse of detainees
                     | abusing detainees | prison abuse | mistreatment of prisoners
                     | mistreatment of detainees | sevices sur des detenus | sevices infliges aux detenus
c.lynching           cat=civilian_violence w=2.5 : lynched | lynching | lynchings | lynchage
                     | lynche | mob justice | justice populaire

# ------------------------------------------------------------ remote_violence
c.airstrike          cat=remote_violence w=4.5 : air strike | air strikes | airstrike | airstrikes
                     | air raid | air raids | aerial bombardment | aerial bombardments
                     | aerial bombing | aerial attack | aerial attacks | drone strike | drone strikes
                     | drone attack | drone attacks | missile strike | missile strikes
                     | missile attack | missile attacks | rocket attack | rocket attacks
                     | rocket fire | mortar attack | mortar attacks | mortar fire
                     | artillery fire | artillery barrage | barrel bomb | barrel bombs
                     | cluster bomb | cluster bombs | cluster munitions
                     | chemical attack | chemical weapons attack | gas attack
                     | retaliatory strike | retaliatory strikes | precision strike | precision strikes

c.fr_airstrike       cat=remote_violence w=4.5 : frappe aerienne | frappes aeriennes
                     | frappe de drone | frappes de drones | frappe de drones | frappes de drone
                     | attaque de drone | attaques de drones | attaque de drones
                     | frappe de missile | frappes de missiles | tirs de roquettes | tirs d'obus
                     | tirs d'artillerie | raid aerien | raids aeriens | bombardement aerien
                     | bombardements aeriens | attaque au mortier | tirs de mortier
c.shelling           cat=remote_violence w=3.5 : shelling | shelled | shellfire | shelling of
                     | artillery shells | mortar shells | mortar rounds | bombardment | bombardments
                     | pounded by artillery | heavy shelling | indiscriminate shelling
c.artillery          cat=remote_violence w=2.5 : artillery | mortar | mortars | rockets
                     | bombarded | bombarding | obus | artillerie | roquettes | roquette | mortier
                     | mortiers | bombardement | bombardements | bombarde | bombardee | bombardees
c.bomb               cat=remote_violence w=1.5 : bomb | bombs | bombe | bombes | blast | blasts
                     | explosion | explosions | explosive | explosives | exploded | detonation
c.bomb_strong        cat=remote_violence w=4 : bomb attack | bomb attacks | bomb blast | bomb blasts
                     | bomb explosion | bomb exploded | bomb went off | car bomb | car bombs
                     | car bombing | car bombings | truck bomb | truck bombs | roadside bomb
                     | roadside bombs | =IED | =IEDs | improvised explosive device
                     | improvised explosive devices | explosive device | explosive devices
                     | landmine | landmines | land mine | land mines | anti-personnel mine
                     | anti-personnel mines | antipersonnel mines | detonated | grenade attack
                     | grenade attacks | hand grenade | hand grenades | bombing | bombings
                     | bombed | suicide bombing | suicide bombings | suicide blast | suicide attack
                     | suicide attacks | twin blasts | powerful explosion | huge explosion
                     | voiture piegee | voitures piegees | engin explosif | engins explosifs
                     | engin explosif improvise | engins explosifs improvises | mine antipersonnel
                     | mines antipersonnel | attentat a la bombe | explosion d'une bombe
                     | attentat suicide | attentats suicides
                     | bombe artisanale | bombes artisanales | engin piege
c.sea_mines          cat=remote_violence w=2.5 : planted mines | sea mines | naval mines | mine clearance
                     | demining | mine-clearing | mined roads | deminage
c.grenade            cat=remote_violence w=3 : =grenade | =grenades
c.shot_down          cat=remote_violence w=2.5 : shot down | abattu | abattus | abattue | abattues
                     | unexploded ordnance | unexploded bombs | chemical weapons
                     | armes chimiques | munitions non explosees

# ---------------------------------------------------------- territory_seizure
c.seized             cat=territory_seizure w=2 : seized | captured | seize | seizing | seizes
                     | overran | overrun | overrunning | recaptured | retook | retaken | recapture
                     | recapturing
c.occupied           cat=territory_seizure w=1 : occupied | liberated
c.seized_strong      cat=territory_seizure w=3.5 : seized control | seized the town | seized the city
                     | captured the town | captured the city | seized territory | captured territory
                     | seized the village | captured the village | seized the airport
                     | captured the airport | seized the capital | captured the capital
                     | seized villages | captured villages | seized towns | captured towns
                     | fell to rebels | fell to the rebels | fell to insurgents | fell to jihadists
                     | fell to militants | fell into the hands of | fell into rebel hands
                     | under rebel control | under the control of rebels | rebel-held | rebel-controlled
                     | held by rebels | jihadist-held | militant-held | insurgent-held
                     | regained control | retook control | retaken control | recaptured the town
                     | recaptured the city | took the town | took the city
c.took_control       cat=territory_seizure w=2.5 : took control of | taken control of | seized control of
                     | seize control of | wrested control of | seizure of territory
c.take_control       cat=territory_seizure w=1 : take control of | takes control of | taking control of
                     | gained control of
c.siege              cat=territory_seizure w=3 : =siege | laid siege | lay siege | siege of | besieged | besieging | encircled
                     | encirclement | encircling | blockaded | cut off supply lines | surrounded the town
                     | surrounded the city | advancing on | advanced on | advance on | rapid advance
                     | rebel advance | rebels advanced | rebels advancing | marched on
c.occupation         cat=territory_seizure w=2.5 : military occupation | occupied territory
                     | occupied territories | occupying forces | occupying force | occupying power
                     | occupation forces | buffer zone
c.fr_seizure         cat=territory_seizure w=3 : s'est empare | se sont empares | s'emparer | s'emparent
                     | s'empare | emparees | empares | a pris le controle | ont pris le controle
                     | pris le controle | prise de la ville | pris la ville | ont pris la ville
                     | sous le controle des rebelles | sous controle rebelle | aux mains des rebelles
                     | tombee aux mains | tombe aux mains | tombes aux mains | territoires occupes
                     | zones occupees | zone occupee | ville occupee | a repris le controle
                     | ont repris le controle | repris le controle | reconquis | reconquete
                     | encercle | encerclee | encercles | assiege | assiegee | assieges
                     | avancee des rebelles | progression des rebelles | ont conquis | conquete de
                     | a conquis
c.stronghold         cat=territory_seizure w=1 : stronghold | strongholds | bastion | bastions | under siege

# ----------------------------------------------------------- military_posture
c.troops             cat=military_posture w=2 : troops | troupes | foreign troops | ground troops
                     | combat-ready troops | reinforcements | renforts | renforts militaires
c.military           cat=military_posture w=1 : military | militaires | militaire | weapons | weapon
                     | armes | arme | ammunition | munitions
c.drone              cat=military_posture w=0.5 : drone | drones
c.deployment         cat=military_posture w=1 : deployment | deployed | deploying | deploy
                     | redeployed | mobilisation | mobilization | mobilised | mobilized | conscription
                     | conscripts | reservists | deploiement | deployes | deploye
c.buildup            cat=military_posture w=3 : military buildup | military build-up | troop buildup
                     | troop build-up | massing troops | massed troops | troops massing
                     | troops massed | deployment of troops | troop deployment | troop deployments
                     | troops deployed | sent troops | sending troops | send troops
                     | military mobilisation | military mobilization | general mobilisation
                     | general mobilization | deploiement de troupes | mobilisation generale
                     | concentration de troupes | envoi de troupes
c.exercises          cat=military_posture w=2 : military exercises | military exercise | military drills
                     | naval drills | live-fire drills | live-fire exercises | war games
                     | exercices militaires | manoeuvres militaires
c.hardware           cat=military_posture w=2 : warship | warships | naval blockade | blockade
                     | aircraft carrier | aircraft carriers | fighter jet | fighter jets | warplanes
                     | warplane | military aircraft | attack helicopter | attack helicopters
                     | helicopter gunship | helicopter gunships | gunship | gunships
                     | armoured vehicles | armored vehicles | armoured personnel carriers
                     | main battle tanks | tanks and artillery | heavy weapons | assault rifle
                     | assault rifles | kalashnikov | kalashnikovs | ballistic missile
                     | ballistic missiles | cruise missile | cruise missiles | missile | missiles
                     | armed drone | armed drones | military drones | attack drones
                     | navire de guerre | navires de guerre | avions de chasse | avion de chasse
                     | helicopteres de combat | helicoptere de combat | blindes | vehicules blindes
                     | chars d'assaut | armes lourdes | fusils d'assaut | missile balistique
                     | missiles balistiques | drones armes | drones d'attaque
c.arms_flows         cat=military_posture w=2 : arms shipment | arms shipments | arms supplies
                     | arms deliveries | weapons shipments | weapons deliveries | arms transfers
                     | arms embargo | arms trafficking | weapons smuggling | arms smuggling
                     | arms race | military aid | military assistance | military support
                     | military hardware | arms sales | arms deal | arms deals | arms dealer
                     | arms dealers | livraisons d'armes | livraison d'armes | embargo sur les armes
                     | trafic d'armes | aide militaire | soutien militaire | materiel militaire
                     | ventes d'armes | course aux armements
c.nuclear_posture    cat=military_posture w=2 : nuclear weapons | nuclear weapon | nuclear warhead
                     | nuclear warheads | nuclear arsenal | atomic bomb | nuclear bomb
                     | nuclear programme | nuclear program | uranium enrichment programme
                     | armes nucleaires | arme nucleaire | bombe atomique | programme nucleaire
# A pledge to defend another state by force, and its condition.
c.defence_pledge     cat=military_posture w=2 : commitment to defend | commitment to defending
                     | pledged to defend | pledge to defend | obligation to defend | treaty obligation to defend
                     | mutual defence | mutual defense | defence commitment | defense commitment
                     | if it is attacked | if it were attacked | if it is threatened | in case of attack
                     | en cas d'attaque | engagement a defendre
c.intervention       cat=military_posture w=2.5 : military intervention | armed intervention
                     | military operation | military operations | military campaign
                     | intervention militaire | operation militaire | operations militaires
                     | campagne militaire
c.annexation         cat=military_posture w=3 : annexation | annexed | annexing | annex the
                     | annexion | annexe la | annexer
c.bases              cat=military_posture w=1 : military base | military bases | airbase | air base
                     | naval base | base militaire | bases militaires | camp militaire
                     | military presence | presence militaire | peacekeeping mission
                     | peacekeeping force | mission de maintien de la paix

# ---------------------------------------------------------------- armed_actor
c.rebels             cat=armed_actor w=2 : rebels | rebel | rebellion | rebellions | rebelles | rebelle
                     | insurgents | insurgent | militia | militias
                     | militiamen | milice | milices | miliciens | milicien | separatists
                     | separatist | separatistes | separatiste | insurges
c.armed_groups       cat=armed_actor w=2.5 : armed group | armed groups | armed men | gunmen
                     | armed gang | armed gangs | rebel group | rebel groups | rebel fighters
                     | rebel forces | rebel movement | rebel movements | rebel army | militia group
                     | militia groups | militia fighters | armed militia | armed militias
                     | armed wing | paramilitary | paramilitaries | paramilitaires | paramilitaire
                     | mercenaries | mercenary | mercenaires | mercenaire | warlord | warlords
                     | seigneurs de guerre | seigneur de guerre | guerrilla | guerrillas | guerrilla fighters
                     | guerilla | guerillas | groupe arme | groupes armes | hommes armes
                     | individus armes | bandes armees | groupe rebelle | groupes rebelles
                     | mouvement rebelle | forces rebelles | groupes d'autodefense
                     | self-defence militia | self-defense militia | self-defence groups
                     | jihadists | jihadist | jihadi | jihadis | djihadistes | djihadiste
                     | jihadistes | jihadiste | islamist militants | islamist fighters
                     | islamist insurgents | militants islamistes | groupes jihadistes
                     | groupes djihadistes | bandits armes | bandits | banditry | banditisme
c.fighters           cat=armed_actor w=1.5 : fighters | militants | militant | combatants | combattants | combattant
                     | islamists | islamistes | extremists | extremistes | ex-combatants
c.state_forces       cat=armed_actor w=1 : soldiers | soldier | soldats | soldat | army | armee
                     | armies | armed forces | forces armees | security forces | forces de securite
                     | forces de l'ordre | =FARDC | government forces | government troops
                     | forces gouvernementales | troupes gouvernementales | loyalist forces
                     | national army | armee nationale | gendarmes | gendarmerie | special forces
                     | forces speciales | peacekeepers | casques bleus | navy | air force
                     | military junta forces | defence forces | defense forces | forces de defense

# ----------------------------------------------------------------- terrorism
c.terror_attack      cat=terrorism w=5 : terrorist attack | terrorist attacks | terror attack
                     | terror attacks | suicide bomber | suicide bombers | jihadist attack
                     | jihadist attacks | attaque terroriste | attaques terroristes | attaque jihadiste
                     | attaques jihadistes | attaque djihadiste | attaques djihadistes
                     | attentat terroriste | attentats terroristes | kamikazes | kamikaze
                     | terrorist bombing | terrorist bombings
c.attentat           cat=terrorism w=4 : attentat | attentats | hostage-taking | taken hostage
                     | held hostage | hostage crisis | prise d'otages | prise d'otage | pris en otage
                     | pris en otages | terror plot | bomb plot | terror cell | terrorist cell
                     | hijacking | hijackings | hijackers | pirates de l'air
c.terrorism          cat=terrorism w=3 : terrorism | terrorisme | terrorist | terrorists
                     | terroriste | terroristes | terrorist group | terrorist groups
                     | terrorist organisation | terrorist organization | groupe terroriste
                     | groupes terroristes | organisation terroriste | hostages | otages
c.terror_weak        cat=terrorism w=1.5 : terror | hostage | otage | hijacked | counter-terrorism
                     | counterterrorism | anti-terror | anti-terrorism | war on terror
                     | lutte contre le terrorisme | lutte antiterroriste | antiterroriste
                     | terror suspect | terror suspects | radicalised | radicalized | violent extremism
                     | extremisme violent

# -------------------------------------------------------------------- threat
c.threat_war         cat=threat w=3 : threat of war | threats of war | war threat | war threats
                     | threatened to attack | threatens to attack | threatening to attack
                     | threatened to invade | threatens to invade | threat of invasion
                     | invasion threat | threat of military action | threatened military action
                     | threatens military action | nuclear threat | nuclear threats
                     | threatened to use nuclear | brink of war | verge of war | on the brink of war
                     | declared war | declare war | declares war | declaration of war
                     | menace de guerre | menace d'invasion | menace nucleaire | menaces nucleaires
                     | menace d'attaquer | menace d'attaque | menace terroriste | menaces terroristes
                     | au bord de la guerre | declare la guerre | declaration de guerre
c.retaliation        cat=threat w=2.5 : warned of retaliation | vowed retaliation | vowed revenge
                     | threatened retaliation | threatens retaliation | military escalation
                     | escalating violence | escalation of violence | border tensions
                     | military tensions | sabre-rattling | saber-rattling | warmongering
                     | nuclear test | nuclear tests | missile test | missile tests | missile launch
                     | missile launches | test-fired | terror alert | terror threat
                     | terrorist threat | bomb threat | bomb threats | world war iii | world war three
                     | third world war | troisieme guerre mondiale | represailles | escalade militaire
                     | escalade de la violence | tensions militaires | essai nucleaire | essais nucleaires
                     | essai de missile | tir de missile
c.threat_weak        cat=threat w=1.5 : retaliation | retaliate | retaliated | retaliatory
                     | ultimatum | ultimatums | escalation | bomb scare | bomb scares | alerte a la bombe
c.tensions           cat=threat w=1 : tensions | menace | menaces
c.cyber              cat=threat w=0.5 : cyber attack | cyber attacks | cyberattack | cyberattacks
                     | cyber-attaque | cyberattaque | cyberattaques

# --------------------------------------------------------------------- unrest
c.protest            cat=unrest w=1 : protest | protests | protested | protesting | protesters
                     | protestors | demonstration | demonstrations | demonstrators | demonstrator
                     | manifestation | manifestations | manifestants | manifestant | general strike
                     | nationwide strike | greve generale | contestation | crackdown | crackdowns
c.riots              cat=unrest w=2.5 : riot | riots | rioting | rioters | rioted | riot police
                     | unrest | civil unrest | looting | looted | looters | pillage | pillages
                     | pillards | pilles | emeutes | emeute | emeutiers
                     | curfew | curfews | couvre-feu
                     | uprising | uprisings | revolt | revolts | insurrection | insurrections
                     | soulevement | soulevements | mob violence | mob attack
                     | revolte | revoltes | political violence | unrest erupted
c.emergency          cat=unrest w=1.5 : state of emergency | etat d'urgence | repression
c.riots_strong       cat=unrest w=3.5 : tear gas | teargas | live ammunition | live rounds
                     | rubber bullets | water cannon | water cannons | violent crackdown
                     | brutal crackdown | bloody crackdown | fired on protesters | fired on demonstrators
                     | opened fire on protesters | opened fire on demonstrators | protesters were killed
                     | protesters killed | demonstrators were killed | martial law | post-election violence
                     | election violence | election-related violence | gaz lacrymogene | gaz lacrymogenes
                     | grenades lacrymogenes | balles reelles | tirs a balles reelles | loi martiale
                     | violences post-electorales | violences postelectorales | manifestants tues
                     | repression sanglante | repression violente | balles en caoutchouc

# ----------------------------------------------------------------------- coup
c.coup               cat=coup w=2.5 : coup | coups | junta | juntas | junte | juntes | putsch
                     | putschs | putschists | putschistes | putschiste | mutiny | mutinies | mutinied
                     | mutineers | mutinerie | mutineries | mutins | overthrow | overthrown | overthrew
                     | overthrowing | deposed | power grab | military rulers | military ruler
                     | military government | military regime | regime militaire | transition militaire
                     | pouvoir militaire
c.coup_strong        cat=coup w=4 : coup d'etat | coups d'etat | coup attempt | attempted coup
                     | failed coup | military coup | military takeover | military junta | seized power
                     | seize power | seizing power | seizes power | took power in a coup
                     | tentative de coup d'etat | tentative de putsch | coup d'etat militaire
                     | junte militaire | pris le pouvoir | prise du pouvoir | prise de pouvoir
                     | a pris le pouvoir | ont pris le pouvoir | renverse par l'armee
                     | putsch militaire | coup de force militaire

# ----------------------------------------------------------------- casualties
c.killed             cat=casualties w=2.5 : killed | killing | killings | kills | slain
                     | wounded | wounding | maimed | casualties | fatalities
                     | morts | =tués | =tuées | =blessés | =blessées | corps sans vie | ont peri | a peri
c.deaths             cat=casualties w=1.5 : deaths | kill | tuant | blessant | injuring
c.injured            cat=casualties w=1 : injured | dead | bodies | corpses | civilians | civils
                     | victimes | tuer | cadavres | perissent
c.killed_strong      cat=casualties w=3.5 : were killed | was killed | been killed | people killed
                     | people were killed | killed at least | killing at least | dozens killed
                     | dozens dead | dozens were killed | hundreds killed | hundreds dead
                     | hundreds were killed | scores killed | scores dead | thousands killed
                     | thousands dead | thousands were killed | death toll | death tolls | toll rose
                     | body count | shot dead | gunned down | shot and killed | killed and wounded
                     | dead and wounded | killed or wounded | were wounded | were injured
                     | bodies were found | dead bodies | lost their lives | dozens of bodies
                     | ont ete tues | ont ete tuees | a ete tue | a ete tuee | personnes tuees
                     | ont ete blesses | personnes blessees | morts et blesses | tues et blesses
                     | bilan humain | bilan des victimes | bilan provisoire | lourd bilan
                     | bilan s'eleve | ont trouve la mort | trouve la mort | abattus par balle
                     | tue par balle | tues par balles | tues par balle | des dizaines de morts
                     | des centaines de morts | plusieurs morts | au moins morts
c.displaced          cat=casualties w=2 : refugees | refugee | displaced | displacement | refugies
                     | refugie | deplaces | deplacees | fled their homes | fled the fighting
                     | fleeing the fighting | fleeing violence | fled the violence | fleeing the violence
                     | internally displaced | displaced people | displaced persons | =IDPs | =IDP
                     | refugee camp | refugee camps | camp de refugies | camps de refugies
                     | camps de deplaces | camp de deplaces | deplaces internes | personnes deplacees
                     | ont fui | fuyant les combats | fui les combats | fuient les combats
                     | humanitarian crisis | crise humanitaire

# ------------------------------------------------------------------------ war
c.war                cat=war w=2 : war | wars | warfare | guerre | guerres | warring
                     | belligerents | belligerants | hostilities | hostilites
c.conflict           cat=war w=1 : conflict | conflicts | conflit | conflits | insecurity
                     | insecurite | crise securitaire
c.war_strong         cat=war w=3.5 : civil war | civil wars | armed conflict | armed conflicts
                     | military conflict | military conflicts | violent conflict | ethnic conflict
                     | proxy war | proxy wars | full-scale war | all-out war | outbreak of war
                     | war broke out | war erupted | warring parties | warring factions | war-torn
                     | war-ravaged | war-hit | war zone | war zones | conflict zone | conflict zones
                     | conflict-hit | conflict-torn | conflict-affected | insurgency | insurgencies
                     | war-wracked | conflict-wracked | conflict-ravaged | conflict-ridden | strife-torn
                     | strife-ridden | violence-torn | violence-wracked | violence-ridden | violence-hit
                     | invasion | invaded | invade | invades | invading | nuclear war | ground war
                     | guerre civile | guerres civiles | conflit arme | conflits armes
                     | zone de guerre | zones de guerre | zone de conflit | zones de conflit
                     | parties belligerantes | ravage par la guerre | dechire par la guerre
                     | rebellion armee | lutte armee | envahi | envahir | envahissement
                     | guerre ouverte | crise securitaire grave | jihadist insurgency
                     | islamist insurgency | insurrection jihadiste | insurrection djihadiste
c.genocide           cat=war w=5 : genocide | genocides | genocidal | acts of genocide
                     | genocidaires | genocidaire

# --------------------------------------------------------------- deescalation
c.ceasefire          cat=deescalation w=3 : ceasefire | ceasefires | cease-fire | cease-fires
                     | truce | truces | armistice | cessez-le-feu | treve | treves
                     | cessation of hostilities | cessation des hostilites | ceasefire agreement
                     | accord de cessez-le-feu | humanitarian truce | treve humanitaire
c.peace_talks        cat=deescalation w=3 : peace talks | peace deal | peace deals | peace agreement
                     | peace agreements | peace accord | peace accords | peace treaty
                     | peace negotiations | peace conference | peace plan | peace process
                     | pourparlers de paix | accord de paix | accords de paix | negociations de paix
                     | processus de paix | traite de paix | plan de paix | dialogue de paix
                     | pourparlers | signed a peace | signent un accord de paix
c.disarmament        cat=deescalation w=2.5 : disarmament | demobilisation | demobilization
                     | demobilised | demobilized | reintegration of fighters | desarmement
                     | withdrawal of troops | troop withdrawal | troop withdrawals | withdrew troops
                     | withdraw troops | withdrawing troops | pulled out its troops
                     | retrait des troupes | retrait des forces | laid down their arms
                     | lay down their arms | laid down arms | deposer les armes | deposent les armes
                     | ont depose les armes | de-escalation | deescalation | de-escalate
                     | desescalade | humanitarian corridor | humanitarian corridors
                     | humanitarian pause | corridor humanitaire | prisoner exchange | prisoner swap
                     | echange de prisonniers | end to the fighting | end the fighting
                     | fin des combats | end the war | end to the war | fin de la guerre
c.mediation          cat=deescalation w=2 : mediation | mediator | mediators | mediated
                     | reconciliation | mediateur | mediateurs | dialogue national | national dialogue
                     | peace envoy | envoy for peace | peacebuilding | consolidation de la paix

# ----------------------------------------------------------------- figurative
# Business and economics
c.fig_business       cat=figurative w=1.5 : price war | price wars | trade war | trade wars
                     | tariff war | tariff wars | bidding war | bidding wars | currency war
                     | currency wars | patent war | patent wars | format war | format wars
                     | browser war | browser wars | console war | console wars | cola wars
                     | talent war | war for talent | turf war | turf wars | war chest | war chests
                     | war room | war rooms | hostile takeover | hostile takeovers | hostile bid
                     | takeover battle | takeover battles | boardroom battle | boardroom battles
                     | boardroom coup | legal battle | legal battles | court battle | court battles
                     | battle for market share | price battle | ratings battle | ratings war
                     | shareholder revolt | investor revolt | dawn raid | dawn raids | corporate raider
                     | corporate raiders | making a killing | made a killing | killer app | killer apps
                     | killer application | box office bomb | bombed at the box office | cost a bomb
                     | costs a bomb | shelled out | shell out | shelling out | shells out
                     | explosive growth | sales exploded | population explosion | cost overrun
                     | cost overruns | budget overrun | budget overruns | offensive remarks
                     | offensive comments | offensive language | offensive material | deeply offensive
                     | charm offensive | guerrilla marketing | ambush marketing | bricks and mortar
                     | capture market share | captured market share | seized up | seized on
                     | seized upon | price attack | killed the deal | killed off | killing off
                     | guerre commerciale | guerres commerciales | guerre des prix | guerre tarifaire
                     | guerre des monnaies | guerre des changes | conflict of interest
                     | conflicts of interest | conflit d'interets | conflits d'interets
                     | food insecurity | job insecurity | insecurite alimentaire | pension raid
                     | pensions raid | raid on pensions | tax raid | time bomb | ticking time bomb
                     | demographic time bomb | pensions time bomb | police raid | police raids
                     | class war | class warfare | culture war | culture wars | war of words
                     | war on drugs | war on poverty | war on obesity | war on waste | war on christmas
                     | flame war | flame wars | fiscal cliff
# Politics (British parliamentary rebellions, campaigns)
c.fig_politics       cat=figurative w=1.5 : labour rebels | tory rebels | conservative rebels
                     | backbench rebels | rebel mps | rebel backbenchers | rebel labour mps
                     | rebel tory mps | rebel tories | backbench rebellion | commons rebellion
                     | labour rebellion | tory rebellion | backbench revolt | tory revolt | labour revolt
                     | leadership battle | leadership coup | election battle | battle bus
                     | battleground state | battleground states | attack ad | attack ads | attack dog
                     | attack dogs | political battle | labour stronghold | labour strongholds
                     | tory stronghold | conservative stronghold | foot soldiers | rallied the troops
                     | rally the troops | publicity coup | marketing coup | propaganda coup
                     | diplomatic coup | major coup | coup de grace | coup de theatre | coup de foudre
                     | fighting crime | fighting corruption | fighting poverty | fighting inflation
                     | combat climate change | combat poverty | fight against poverty
                     | fight against corruption | fighting fund
# French idioms built on "coup", "guerre", "attaque", "frappe", "tir"
c.fig_fr             cat=figurative w=1.5 : coup d'envoi | coup de sifflet | coup franc | coups francs
                     | coup de pied | coups de pied | coup de tete | coup de pouce | coup de coeur
                     | coup de fil | coup dur | coup de poing | coup de main | coup de gueule
                     | coup de projecteur | coup de chapeau | coup de maitre | coup de genie
                     | coup de bluff | coup de com | du coup | tout a coup | tout d'un coup
                     | apres coup | a coup sur | coup d'oeil | coup de soleil | coup de froid
                     | coup de chaleur | coup de filet | nom de guerre | de guerre lasse
                     | guerre des etoiles | guerre des chefs | guerre des nerfs | apres-guerre
                     | attaque cardiaque | crise cardiaque | attaquant | attaquants | en attaque
                     | ligne d'attaque | tirs au but | tir au but | seance de tirs au but
                     | frappe du pied | frappe croisee | frappe enroulee | coups de pied arretes
                     | anciens combattants | manifestations culturelles | manifestations sportives
                     | manifestation culturelle | manifestation sportive | manifestations cliniques
                     | combat contre le paludisme | combat politique | bataille juridique
                     | bataille judiciaire | mort de rire | tuer le temps | tue-tete
# Health and accidents (not conflict)
c.fig_health         cat=figurative w=1.5 : heart attack | heart attacks | panic attack
                     | panic attacks | asthma attack | asthma attacks | anxiety attack | shark attack
                     | dog attack | battle with cancer | battle against cancer | cancer battle
                     | fight against cancer | fighting cancer | battled cancer | battling cancer
                     | killer disease | silent killer | war on cancer | cot deaths | cot death
                     | road deaths | cancer deaths | flu deaths | covid deaths | covid-19 deaths
                     | overdose deaths | maternal deaths | deaths from cancer | deaths from malaria
                     | killed in a car crash | killed in a road accident | killed in a traffic accident
                     | killed in an accident | killed in a crash | killed in the crash
                     | killed in a plane crash | killed in a fire | killed in the fire
                     | killed in a house fire | killed by lightning | killed in a landslide
                     | killed in the earthquake | killed in an earthquake | killed in the tsunami
                     | killed in the floods | killed in floods | died in a crash
                     | dead heat | dead end | dead ends | dead rubber | dead ball | dead cert
                     | dead sea | grateful dead | walking dead | dead or alive | governing bodies
                     | public bodies | regulatory bodies | professional bodies | sporting bodies
                     | industry bodies | trade bodies | heavenly bodies | wounded pride
                     | injured list | injured reserve | injured hamstring | injured knee
                     | injured ankle | injured shoulder | domestic violence | football violence
                     | tv violence | violence on television | video game violence
                     | tues dans un accident | morts dans un accident | accident de la route
                     | morts du paludisme | deces du cancer
# Technology (malware, hacking)
c.fig_tech           cat=figurative w=1 : virus attack | virus attacks | phishing attack
                     | phishing attacks | denial of service attack | denial of service attacks
                     | hacker attack | hacker attacks | spam attack | spam attacks | malware attack
                     | malware attacks | ransomware attack | ransomware attacks | brute force attack
                     | worm attack | attack surface | spam bombing | mail bomb | email bomb
                     | software deployment | deployment of software | network deployment
                     | product demonstration | product demonstrations | security attacks | remote attacks
                     | spoofing attacks | online attacks | internet attacks | web attacks
                     | attacks on computers | attacks against computers | spam fighting
                     | virus fighting | bombarded with spam | star wars battlefront
                     | front line staff | frontline staff | front-line services
                     | frontline services | frontline workers | front-line workers | frontline health workers
                     | navy blue | martial arts | martial art | ufc fighters | mma fighters
                     | enlevement des ordures | enlevement des dechets | violence against women
                     | gender-based violence | gun violence | violences domestiques | violences conjugales
                     | school shooting | school shootings | mass shooting | mass shootings | gun control
                     | gun rights | gun laws | gun law | gun lobby | second amendment
                     | fusillade dans une ecole | fusillades dans des ecoles | fusillade dans un lycee
                     | fusillades dans des lycees | fusillade scolaire | fusillades scolaires
                     | controle des armes a feu | lois sur les armes a feu | droits des armes a feu
                     | droit de porter des armes | lobby des armes | deuxieme amendement | armes de poing
                     | violences faites aux femmes | violences basees sur le genre | violences sexistes
                     | dead in the water | back from the dead | house of the dead | shaun of the dead
                     | fighting off | fighting extradition | fighting irish | fighting to avoid
                     | coup du sort | sous le coup de | design coup | box office coup | a coup for
                     | tremendous coup | great coup | big coup | transfer coup
# Sport
c.fig_sport          cat=figurative w=2 : attacking midfielder | attacking midfielders
                     | attacking midfield | attacking play | attacking football | attacking rugby
                     | on the attack | counter-attack | counter-attacks | counterattack
                     | counterattacks | counter-attacking | striker | strikers | strike partner
                     | penalty shot | shot on goal | shots on goal | shot on target | shots on target
                     | free kick | free kicks | penalty shootout | penalty shoot-out
                     | cup clash | title clash | final clash | league clash | derby clash
                     | semi-final clash | quarter-final clash | group clash | opening clash
                     | six nations clash | premiership clash | championship clash | fixture clash
                     | kit clash | clash of the titans | personality clash | clash of personalities
                     | title fight | title battle | relegation battle | relegation fight
                     | relegation dogfight | fighting back | fight back | fightback
                     | fighting for survival | fighting relegation | fighting fit | fighting spirit
                     | fighting chance | fighting talk | uphill battle | battle of the sexes
                     | battle of wits | title assault | assault on the title | pitch invasion
                     | pitch invader | pitch invaders | invaded the pitch | ran riot | run riot
                     | running riot | runs riot | killer instinct | killer pass | sudden death
                     | knockout blow | offensive line | offensive lineman | offensive coordinator
                     | tartan army | barmy army | houston rockets | combat sport | combat sports
                     | explosive pace | explosive start | bombed out | raid down the wing
                     | siege mentality | toy soldiers | rebel wilson | foo fighters
# Entertainment, history and commemoration
c.fig_culture        cat=figurative w=1.5 : star wars | war film | war films | war movie | war movies
                     | war drama | war dramas | war epic | war game | war of the worlds
                     | war and peace | war horse | war poet | war poets | war memorial
                     | war memorials | war museum | imperial war museum | war graves
                     | war cemetery | war veteran | war veterans | war hero | war heroes
                     | war widow | war widows | anniversary of the war | war anniversary
                     | battle of the bands | battle of britain | battle re-enactment
                     | battle reenactment | historical battle | re-enactment | re-enactors
                     | video game | video games | call of duty | gears of war | god of war
                     | medal of honor | chainsaw massacre | kill bill | dad's army
                     | salvation army | one-man army | army of fans | army of volunteers
                     | rebel without a cause | mutiny on the bounty | blast from the past
                     | full blast | british invasion | home invasion | invasion of privacy
                     | alien invasion | coup de grace shot | captured the imagination
                     | captured on camera | captured on film | captured on video
                     | captured the hearts | captured the mood | captured the title
                     | bombarded with calls | bombarded with emails | bombarded with questions
                     | bombarded with complaints | bombarded with messages | fired on all cylinders
                     | firing on all cylinders | remembrance day | remembrance sunday | d-day landings
                     | d-day anniversary | veterans day | armistice day | jour du souvenir
                     | film de guerre | films de guerre
# History: past wars named in passing (a smaller penalty, they also appear in real conflict news)
c.fig_history        cat=figurative w=1 : world war ii | world war two | second world war
                     | first world war | world war i | world war one | great war | post-war | pre-war
                     | cold war | guerre froide | seconde guerre mondiale | premiere guerre mondiale
                     | grande guerre | deuxieme guerre mondiale

# ------------------------------------------------------------------- tension
# Geopolitical tension and strategic developments short of violence (ACLED's
# "strategic developments"; the "tension" and "crisis" terms of the GPR
# threat categories): standoffs, territorial disputes, diplomatic ruptures,
# weapons tests, war-crimes justice, repression of opponents, contested
# elections. Low weights: they mark a story as geopolitical, not violent.
# Bare "crisis" and "dispute" are left out (financial crisis, pay dispute).
# A place "wracked" by a crisis, or where order is to be restored, is in
# trouble short of named violence ("crisis-hit" is left out: banks).
c.tension_crisis     cat=tension w=1 : crisis-wracked | crisis-torn | crisis-ridden | restore security
                     | restore order | restoring order | restore calm | restore stability
                     | retablir l'ordre | retablir la securite | restaurer la securite | ramener le calme
c.tension_standoff   cat=tension w=1 : standoff | standoffs | stand-off | stand-offs | tension
                     | border dispute | border disputes | territorial dispute | territorial disputes
                     | territorial claims | disputed territory | disputed islands | disputed region
                     | diplomatic row | diplomatic crisis | diplomatic spat | political crisis
                     | political turmoil | constitutional crisis | war of words with
                     | différend frontalier | différend territorial | crise diplomatique | crise politique
                     | bras de fer
c.tension_rupture    cat=tension w=1.5 : severed ties | severed diplomatic ties | severs ties
                     | cut diplomatic ties | broke off relations | broke off diplomatic relations
                     | expelled diplomats | expels diplomats | expelled the ambassador
                     | recalled its ambassador | recalls ambassador | persona non grata
                     | rompu les relations diplomatiques | rupture des relations diplomatiques
                     | expulsé l'ambassadeur | rappelé son ambassadeur
c.tension_weapons    cat=tension w=1.5 : ballistic missile test
                     | uranium enrichment | enriched uranium
                     | nuclear weapons programme | nuclear weapons program | nuclear standoff
                     | enrichissement d'uranium
# Justice after a war: the fugitive, suspect or indictment phrase is matched
# whole, so its "war crimes" is not read as atrocities of the day.
c.tension_justice    cat=tension w=1 : war crimes tribunal | war crimes trial | war crimes court
                     | war crimes fugitive | war crimes fugitives | war crimes suspect
                     | war crimes suspects | war crimes indictment | war crimes indictments
                     | war crimes charges | war crimes prosecutor | war crimes prosecutors
                     | indicted for war crimes | charged with war crimes | wanted for war crimes
                     | inculpe de crimes de guerre | inculpes de crimes de guerre
                     | recherche pour crimes de guerre | poursuivi pour crimes de guerre
                     | genocide trial | international criminal tribunal
                     | tribunal pénal international 
c.tension_repress    cat=tension w=1 : political prisoners | political prisoner | dissidents | dissident
                     | opposition leader arrested | opposition leaders arrested | arrested opposition
                     | detained opposition | jailed opposition | crackdown on dissent | human rights abuses
                     | asylum seekers | asylum seeker | political asylum | defectors | defector
                     | prisonniers politiques | prisonnier politique | opposants arrêtés | dissidents politiques
                     | demandeurs d'asile | violations des droits de l'homme
c.tension_election   cat=tension w=1 : disputed election | contested election | rigged election
                     | electoral fraud | vote rigging 
                     | separatist movement | secession | independence referendum
                     | fraude électorale | élection contestée | élections contestées 

# ----------------------------------------------------------------- political
# Political context: elections, governments and parties, heads of state and
# government, peace processes. Not violence: the lowest weight of the file,
# enough to tell a world-politics story from sport or business news, never
# enough to rate one elevated (measured on AG News World vs the rest: see the
# README's accuracy table). Company titles ("president", "chairman") and
# "government" alone are left out: business news uses them daily.
c.pol_election       cat=political w=0.5 : election | elections | presidential election
                     | parliamentary elections | general election | polls opened | voters
                     | referendum | runoff | run-off | ballot | electoral
                     | électeurs | scrutin | présidentielle | législatives
c.pol_office         cat=political w=0.5 : prime minister | foreign minister | defence minister
                     | defense minister | interior minister | head of state | presidency | parliament
                     | parliamentary | lawmakers | coalition government | ruling party | opposition party
                     | opposition leader | regime | premier ministre | ministre des affaires étrangères
                     | chef de l'état | parlement | parti au pouvoir | opposition
c.pol_peace          cat=political w=0.5 : road map for peace | summit
                     | security council | sommet | peace | paix
c.pol_regime         cat=political w=0.5 : democracy | democratic reforms | authoritarian | dictatorship
                     | dictator | republicans | democrats | abdicate | abdicates | abdicated
                     | pardons | pardoned | amnesty | negotiations | negotiators | bilateral talks
                     | démocratie | dictature | dictateur | négociations
c.pol_diplomacy      cat=political w=0.5 : ministers | ministry | foreign ministry | political
                     | politicians | diplomats | diplomat | diplomatic | diplomacy | embassy
                     | ambassador | envoy | nuclear | ministres | ministère | politique
                     | diplomates | diplomatique | ambassade | ambassadeur | nucléaire

# ----------------------------------------------------- frames (figurative)
# Words that frame a story as entertainment or sport. They are not about
# conflict at all; as figurative entries they dampen the conflict vocabulary
# of a war film's review or a stadium bomb scare in a match report (capped at
# 90% of the conflict points, so real news that mentions a film keeps most of
# its score). Measured: sport/entertainment/tech articles rated elevated+
# (BBC + MasakhaNEWS): see the README's accuracy table.
c.frame_screen       cat=figurative w=1 : film | films | movie | movies | documentary | box office
                     | screenplay | premiere | oscar | oscars | bafta | baftas | hollywood | bollywood
                     | netflix | album | albums | novel | novelist | sitcom | tv series | gamers
                     | playstation | xbox | nintendo | cinéma | réalisateur | long métrage | roman
c.frame_sport        cat=figurative w=1 : football | soccer | cricket | rugby | tennis | tournament
                     | championship | premiership | premier league | goalkeeper | midfielder
                     | stadium | olympics | olympic games | world cup | grand slam | semi-final
                     | quarter-final | semi-finals | quarter-finals | coupe du monde | championnat
