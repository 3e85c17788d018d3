/**
 * Words never flagged as profanity although an entry would match them (Polish and English).
 * The text is the starting point a city edits (see README.md in this folder for sources and licences).
 */
export const DEFAULT_ALLOW_LIST = `
# Words never flagged as profanity, even when an entry of the Polish or English list would match them. Same
# syntax as the lists (word, stem*, *stem*, phrase). The comment above each group says which entry it protects from.

# *pieprz*: the spice and its family ("sól i pieprz", "pieprzyk", "pieprzny dowcip")
pieprz
pieprzu
pieprzem
pieprze
pieprzyk*
pieprzow*
pieprzn*
# dup*: duplikat, dupleks, duplex, duperele (trifles); the English dupes, duped (not "dupe", which is also
# the Polish "dupę" without its diacritic); French surnames (DuPont, Dupré, Dupuis, Dupuy)
dupl*
duperel*
dupes
duped
duping
dupont*
dupr*
dupuis
dupuy
# *pieprz*, *sra*: Polish surnames (Pieprzak, Pieprzyca, Śrama, Šrámek)
pieprzak*
pieprzyca
srama
sramek
# *jeb*: Arabic "jebel" (mountain), the names Jebb and Jeb Bush (a lone "jeb" stays flagged)
jebel
jebb*
jeb bush
# *huj*: the name Shuja
shuja
# gown*: the English gown
gown
gowns
gowned
# shit*: the mushroom
shitake*
# dick: names and the pudding
moby dick
philip k dick
spotted dick
`;
