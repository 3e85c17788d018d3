/**
 * English profanity and slurs: hand-written stems plus the LDNOOBW entries they do not cover.
 * The text is the starting point a city edits (see README.md in this folder for sources and licences).
 */
export const DEFAULT_EN_LIST = `
# English profanity and slurs flagged for a moderator's attention. Same syntax as the Polish list: word,
# stem*, phrase (words in a row). English has no *stem* prefixes; compounds are listed.
# Source: LDNOOBW English list (CC BY 4.0), curated for Consulta; see README.md in this folder.

# Stems (hand-written): they cover the upstream forms and their inflections
fuck*
motherfuck*
clusterfuck*
shit*
bullshit*
dipshit*
batshit
horseshit
chickenshit
bitch*
cunt*
asshole*
arsehole*
dickhead*
cocksuck*
nigger*
nigga*
faggot*
whore*
slut
sluts
slutty
wank
wanks
wanked
wanking
wanker*
twat*
bastard*
jizz*

# Entries from the upstream list that the stems above do not cover (kept as written there)
2g1c
apeshit
ass
assmunch
babeland
bangbros
bangbus
bdsm
beaner
beaners
bimbos
birdlock
blowjob
blumpkin
bollocks
boner
boob
boobs
bukkake
bulldyke
bunghole
busty
buttcheeks
butthole
camgirl
camslut
camwhore
carpetmuncher
circlejerk
clit
cock
cocks
coon
coons
creampie
cumshot
cumshots
darkie
deepthroat
dick
dildo
dingleberry
dingleberries
doggiestyle
doggystyle
dolcett
dommes
dvda
ecchi
fag
felch
feltch
femdom
fingerbang
fisting
footjob
frotting
fudgepacker
futanari
gangbang
goatcx
goatse
gokkun
goodpoop
goregasm
g-spot
guro
handjob
hentai
honkey
horny
humping
jailbait
jigaboo
jiggaboo
jiggerboo
juggs
kike
kinkster
knobbing
livesex
milf
mong
muffdiving
nutten
nympho
omorashi
pedobear
pegging
pikey
pissing
pisspig
ponyplay
poon
poontang
punany
poopchute
pthc
pubes
pussy
queaf
queef
quim
raghead
rimjob
rimming
schlong
sexcam
shemale
shrimping
slanteye
smut
spic
splooge
spooge
strapon
throating
thumbzilla
tits
titties
titty
tosser
towelhead
tranny
tubgirl
upskirt
voyeurweb
wetback
worldsex
yaoi
yiffy
🖕
2 girls 1 cup
alabama hot pocket
alaskan pipeline
ball gravy
ball licking
ball sack
ball sucking
barely legal
beaver lips
big knockers
blow job
blow your load
blue waffle
booty call
brown showers
bung hole
camel toe
carpet muncher
cleveland steamer
deep throat
dirty sanchez
doggie style
doggy style
dog style
donkey punch
double dong
double penetration
dp action
dry hump
female squirting
fudge packer
gang bang
god damn
golden shower
goo girl
hand job
hot carl
jack off
jail bait
jerk off
lemon party
male squirting
mr hands
muff diver
nig nog
one cup two girls
one guy one jar
piss pig
pole smoker
poop chute
reverse cowgirl
rusty trombone
shaved beaver
style doggy
tea bagging
tub girl
two girls one cup
urethra play
wet dream
white power
wrinkled starfish
yellow showers
`;
