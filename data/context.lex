# Context modifiers: words that change what a nearby mention means. They
# score nothing; the actors module reads them.
#   negation   just before an involvement cue: the relation does not happen
#              ("has not sent troops") and counts zero, shown as negated;
#   denial     anywhere in the sentence: an accused party's denial ("denies
#              backing M23") leaves the relation alleged, as an accusation;
#   allegation anywhere in the sentence: the relation is alleged ("accused
#              of backing"), counts less, shown as alleged;
#   comparison just before a state's mention: the state is a comparison
#              ("a deal similar to proposals involving Ukraine"), not involved.
# English and French forms, written by the georisk team.

@signal context

x.neg.not     cat=negation : no evidence of | not | never | no | without | nor
              | aucun | aucune | pas | jamais
x.deny        cat=denial : denies | denied | deny | denying | rejects claims | rejected claims
              | dismissed claims | refutes | refuted | dément | démenti | nie | rejette
x.alleg       cat=allegation : accused | accuses | accusing | accusation | accusations | allegedly
              | alleged | allegations | reportedly | reported to | claims | claimed | suspected
              | UN experts | experts say | according to UN experts | is said to | are said to
              | accusé | présumé | présumée | selon les experts | aurait | auraient
x.compare     cat=comparison : similar to | like | such as | compared with | compared to | akin to
              | modelled on | modeled on | as in | as did | reminiscent of | along the lines of
              | semblable à | comme | à l'instar de | comparable à | sur le modèle de
