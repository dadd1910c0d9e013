"""Spanish noun gender: endings, the exceptions to them, and words that are never nouns.

A word's gender is the exception listed for it (or for its singular), else that of the
longest ending below that its singular has, else masculine. The exceptions were chosen for
patient handouts (medicines, measures, body, illness, time, food) and checked against the
Apertium Spanish analyser's lexicon (``bench/bench_normalize.py`` reports how often the
endings and exceptions agree with it).
"""

# Endings of the singular, accents removed: "inyección" → "cion" → feminine.
ENDINGS: dict[str, str] = {
    "a": "f", "o": "m", "e": "m", "ion": "f", "d": "f",
    "umbre": "f", "ie": "f", "is": "f", "z": "f", "oma": "m", "grama": "m", "aje": "m",
}

# Words whose gender their ending does not give, as written, with accents, space-separated.
MASCULINE = (
    # -a
    "día mapa planeta cometa tranvía sofá papá pijama piyama fantasma clima tema sistema "
    "problema drama dilema poema esquema emblema teorema lema trauma plasma dogma estigma "
    "enigma diafragma magma carisma prisma aneurisma panorama edema eccema enfisema "
    "eritema queratoma yoga karma puma koala idioma síntoma telegrama "
    # -d, -z, -is, -ión, -ie
    "ataúd césped huésped alud ardid laúd lápiz maíz arroz pez disfraz ajedrez antifaz "
    "barniz tapiz altavoz haz capataz avestruz regaliz cáliz matiz desliz "
    "análisis paréntesis énfasis éxtasis iris tenis oasis chasis cutis brindis "
    "avión camión sarampión embrión gorrión aluvión guion ion anfitrión bastión "
    "pie hincapié traspié mediodía ébola eczema empiema mixedema diastema quiasma miasma "
    "esperma citoplasma ecosistema subsistema paradigma fonema morfema delta extra cariz "
    "tamiz albornoz alumbre escorpión hidroavión anión catión prion quid jazz vodka"
)
FEMININE = (
    # -o
    "mano foto moto radio libido polio dinamo seo "
    # -e
    "leche noche gente fiebre sangre muerte suerte parte frente mente fuente llave nube "
    "nieve tarde sede clase base fase frase carne calle torre corriente madre ingle hambre "
    "serpiente catástrofe higiene urbe ave hélice pirámide índole lente tos diabetes res "
    ""
    # -l, -r, -n, -s, -z not -ión
    "piel miel sal señal cárcel col hiel cal catedral vocal credencial sucursal postal "
    "mujer flor labor coliflor sor razón sazón comezón desazón sinrazón imagen orden "
    "vez voz luz paz cruz nuez tez hoz coz raíz nariz cicatriz matriz lombriz perdiz "
    "codorniz cerviz ley fe sien tribu metrópoli bici tele web "
    # -oma, -e, -n not -ión
    "toma goma broma paloma carcoma doma loma gripe hemorroide sístole diástole falange "
    "constante variante variable vacante peste nave clave liebre mugre medianoche patente "
    "cúspide pose masacre efeméride esfinge estirpe vertiente élite espiral sartén virgen "
    "hinchazón"
)

# Words after a number that are not nouns: "1 de cada 3" stays "uno de cada tres".
NOT_NOUNS = (
    "a al ante bajo con contra de del desde durante e en entre hacia hasta mediante o para "
    "por según sin so tras u y ni que como cuando donde si no sí más menos cada cual "
    "el la lo los las un una unos unas le les se me te nos os mi mis tu tus su sus "
    "yo tú él ella ello ellos ellas usted ustedes este esta esto estos estas ese esa eso "
    "esos esas aquel aquella es son está están era fue será hay ha han puede pueden "
    "o ó y también solo sólo ya aún muy tan vs x "
    "después antes luego hoy ayer entonces"
)
