# Involvement cues: words that, in the same sentence as a foreign state or
# bloc, say how that power is involved with the focus country. They score
# nothing alone; the actors module turns them into relations.
#
# Categories (declared in scoring.rules): military (troops, training,
# equipment, arms, strikes, security guarantees), proxy (backing or supplying
# an armed group; counts only when the sentence names an armed group or armed
# actors), resources (minerals deals, mine ownership or investment, offtake,
# corridors), pressure (sanctions, aid conditions, mediation, negotiations).
# Weights rank cues within a type: an explicit "military assistance" says more
# than "cooperation". `of=source` (or `target`): a genitive right after the
# cue names the source ("the troops of Rwanda", "le soutien du Rwanda") or
# the target ("the invasion of Ukraine"). `explicit=yes`: the cue names a
# state's own means ("army"): it involves the state abroad only with a target
# named in its clause ("Russian forces in Syria"), never the focus by
# default ("the Malian army"). `needs=minerals` (or `conflict`): the cue counts only in
# a sentence that names that signal ("deal", "investment" are resources only
# next to minerals: a currency agreement is not). `mutual=yes` marks undertakings between two parties (a
# deal, talks, a pact): the party that is not the focus is the one involved,
# and two parties that are neither the focus act on each other. Who acts on
# whom is read from the words around each cue (frames in scoring.rules). `asset=yes` marks cues that name an asset (mines,
# concessions, a corridor): right after a state's own mention ("Zambian
# mines") they describe that state's own assets, not an involvement.
# English and French forms.
# Sources of the vocabulary: the ACLED codebook's external-actor notes, UN
# Group of Experts report terminology on the DRC, OECD due-diligence guidance
# (support to non-state armed groups), written by the georisk team.

@signal foreign_involvement

# --- military ---------------------------------------------------------------
i.mil.assist   cat=military w=3 : military assistance | military aid | military support
               | security assistance | security guarantees | security guarantee
               | assistance militaire | aide militaire | soutien militaire
i.mil.pact     cat=military w=3 mutual=yes : defence cooperation | defense cooperation
               | security partnership | minerals for security | security deal | security pact
               | defence pact | defense pact | military alliance | coopération militaire
               | accord de défense | partenariat sécuritaire
i.mil.troops   cat=military w=3 of=source : troops | soldiers | special forces | peacekeepers | military advisers
               | peacekeeping | peace mission | peacekeeping mission | peacekeeping force
               | peacekeeping troops | stabilisation force | stabilization force
               | casques bleus | force de maintien de la paix | mission de maintien de la paix
               | military advisors | military instructors | mercenaries
               | troupes | soldats | instructeurs militaires | mercenaires | forces spéciales
i.mil.train    cat=military w=3 : military training | trains troops | trained troops | training mission
               | formation militaire | former l'armée
# "Intervention" alone is as often a central bank's in a currency market.
i.mil.train2   cat=military w=1.5 : train | trained | training | equipment | arms | base | contractors
               | intervention | intervened
               | formation | équipement
i.mil.arms     cat=military w=3 : weapons | arms sales | arms deliveries | arms shipments
               | drones | fighter jets | military equipment | ammunition
               | livraisons d'armes | équipement militaire | munitions
# Acts of force against another state: the subject acts, the object (or the
# place of the event) is acted on.
i.mil.attack   cat=military w=3 of=target : attacked | attacks on | attack on | struck | bombed | bombing
               | bombings | shelled | shelling | raided | fired on | fired at | missile strike
               | missile strikes | missile attack | missile attacks | naval blockade | blockade
               | occupation | occupied | annexed | annexation | incursion | incursions | invade
               | invades | invading | military action | military operation | military operations
               | ground offensive | warships | warship | warplanes | bombardé | bombardements
               | envahi | envahit | envahir | envahissent | envahisse | attaque contre | attaques contre
               | targeted | visé | ciblé
               | bombardement | attaqué | frappes | blocus | annexion | incursions armées
               | opération militaire | occupation militaire
i.mil.force    cat=military w=2 of=source explicit=yes : forces | army | navy | military | armed forces
               | forces armées | armée
i.mil.strike   cat=military w=3 of=target : airstrikes | air strikes | airstrike | air strike | drone strikes
               | drone strike | deployed | deployment | military intervention | invaded | invasion
               | military base | frappes aériennes | frappe aérienne | déploiement | déployé
               | intervention militaire | base militaire

# --- proxy ------------------------------------------------------------------
i.proxy.back   cat=proxy w=3 of=source : backing | backed | backs | support | supports | supported
               | supporting | sponsor | sponsors | sponsored | sponsoring | proxy | proxies
               | soutien | soutient | soutenu | soutenus | soutiennent | appui | appuie | appuyé
               | parrainé | parrain
i.proxy.supply cat=proxy w=3 : arming | supplying | supplied | supplies | funding | funded
               | financing | financed | harbouring | harboring | sheltering | fighting alongside
               | fights alongside | command | commands | controls | directs
               | financé | ravitaille | combat aux côtés | soutenir | accusés de soutenir

# --- resources -------------------------------------------------------------
i.res.deal     cat=resources w=3 mutual=yes : minerals deal | mineral deal | mining deal | minerals agreement
               | minerals partnership | minerals for infrastructure | resources for infrastructure
               | offtake | offtake agreement | access to minerals | access to its mineral resources
               | access to mineral resources | access to its minerals | access to the mines
               | accord minier | accord sur les minerais | contrat minier | accès aux minerais
i.res.own      cat=resources w=2.5 asset=yes : mines | mining rights | concessions | ownership of mines
               | droits miniers
i.res.firms    cat=resources w=2.5 : mining companies | mining company | mining interests
               | mining investment | sociétés minières | entreprises minières
i.res.invest   cat=resources w=1.5 needs=minerals : stake | stakes | owns | owned | interests | investors
               | investment | investments | invest | invested | investing | exploitation
               | investisseurs | investissement | investissements | intérêts
i.res.trade    cat=resources w=2.5 : smuggled | smuggling | smuggles | trafficking | exported through
               | exports through | contrebande | exportés via | corridor de Lobito | Lobito Corridor
i.res.infra    cat=resources w=1.5 asset=yes needs=minerals : corridor | railway | port | purchasing | buying | trafic
i.res.deal2    cat=resources w=1.5 mutual=yes needs=minerals : deal | deals | agreement | partnership | partnerships | contract | contracts
               | accord | partenariat | contrat

# --- figurative -------------------------------------------------------------
# Phrases that hold a cue's word without its sense. Matching is
# leftmost-longest, so they take the place of the cue and, being of no
# relation type, make no relation: a deal struck is not a strike, a tariff
# cut is no pressure, the GATT's name imposes nothing, a central bank's
# intervention in a market is not a military one, nor is a currency's
# "downward pressure" a state's, nor "to aid the dollar" aid.
i.fig.deal     cat=figurative w=1 : struck a deal | struck deals | struck an agreement
               | struck agreement | struck a bargain | struck a compromise | struck a balance
               | struck a chord | struck a note | struck oil | struck gold
i.fig.tariff   cat=figurative w=1 : general agreement on tariffs and trade
               | reduce tariffs | reducing tariffs | reduced tariffs | reduction of tariffs
               | cut tariffs | cutting tariffs | cuts tariffs | tariff cuts | tariff cut
               | tariff reductions | tariff reduction | lower tariffs | lowering tariffs
               | lowered tariffs | eliminate tariffs | eliminating tariffs | elimination of tariffs
               | remove tariffs | removing tariffs | removal of tariffs | abolish tariffs
               | baisse des droits de douane | réduire les droits de douane
               | suppression des droits de douane
i.fig.market   cat=figurative w=1 : central bank intervention | currency intervention
               | market intervention | intervention buying | intervention price | intervention prices
               | intervention stocks | intervention board | intervention agency | intervened in the market
               | intervened in the markets | intervened in currency markets | intervened to support
               | intervention sur le marché | intervention des banques centrales
               | selling pressure | buying pressure | downward pressure | upward pressure
               | inflationary pressure | inflationary pressures | price pressure | price pressures
               | cost pressures | wage pressures | pressure on the dollar | pressure on prices
               | pressure on the currency | pressure on margins | pressions inflationnistes
               | to aid the | further aid the | help aid the | aid the dollar | aid the economy
               | aid the recovery

# --- pressure ---------------------------------------------------------------
i.press.sanct  cat=pressure w=3 : sanctions | sanctioned | sanction | embargo | arms embargo | asset freeze | visa ban
               | blacklisted | aid cut | suspended aid | withheld aid | aid conditions
               | tariffs | tariff | punitive tariffs | retaliatory tariffs | trade curbs | import curbs
               | trade sanctions | boycott | ultimatum | expelled | suspended from
               | sanctionné | gel des avoirs | droits de douane | droits de douane punitifs | suspendu
               | sanctionner | sanctionnent | sanctionnera | sanctionneront
               | sanctionnerait | sanctionneraient | sanctionnés
i.press.demand cat=pressure w=1.5 : suspended | suspends | demanded | demands | demanding | called on | urging | pressed
               | threatened | threatens | warned | condemns | retaliation | retaliate | retaliatory
               | exige | menace | sommé
i.press.diplo  cat=pressure w=1.5 of=source : delegation | mediation | mediated | mediating | mediator | mediators | médiateurs | pressure | pressured
               | urged | condemned | summoned | brokered | envoy | médiateur | pression
               | pressions | condamné | envoyé spécial
# Arms control is security diplomacy between the parties, whatever else the
# sentence says: not a weak cue.
i.press.arms   cat=pressure w=3 mutual=yes : arms control | arms control talks | arms control negotiations
               | arms talks | arms reduction talks
               | disarmament talks | arms control agreement | arms control accord | arms control pact
               | arms control treaty | nuclear arms talks | missile pact | missile treaty | arms pact
               | arms treaty | disarmament treaty | négociations sur le désarmement
               | traité de désarmement | accord de désarmement | contrôle des armements
               | maîtrise des armements
i.press.talks  cat=pressure w=1.5 mutual=yes : negotiations | negotiating | negotiated | talks
               | diplomatic | dispute | row | négociations | pourparlers | différend
i.press.aid    cat=pressure w=1 : aid | humanitarian aid | loan | loans | grant | grants | debt
               | aide | prêt | dette
