#!/usr/bin/env python3
"""Generate data/src/units-grammar-generated.tsv: the words of the formation grammar.

usage: units_grammar.py [--check] [--output FILE]

The formation grammar of issue 13 is run by the library (lib/grammar.c,
docs/lexicon.md "The formation grammar"):

    NUM [SEP] [GUARDS] [HON] [BRANCH]{0,2} [HON] TYPE [QUAL] [SERVICE] [«NAME»] [HONOR]

in every case of Russian and Ukrainian, with the number's ending, the
adjectives and the noun agreeing, the English orders (47th Separate
Mechanized Brigade, 16 Air Assault Brigade, Brigade 153, the 47th Mech),
type abbreviations (3 ОШБр, 47-мої ОМБр, 1 мсд, 20th CAA) and quoted names
(батальон «Спарта», ОРБ «Спарта», the ‘Skelya’ battalion).  This script
writes its word classes as lexicon rows: each word once, with the
inflection spec that gives its case forms, as a `context` row whose
attribute class= says what it is (type, abbr, branch, qual, sep, guards,
service, ord, card, honor, gov) and type=, nouns=, affiliation=, value=,
short= and the flags of docs/lexicon.md say the rest.  Honorific
adjectives (Кантемировская, Полтавській) are an open class: the library
takes any capitalized adjective that agrees.

Every table below is hand-written from the reference notes
(../shared/data/reference/lexicon-facts.md §4.1-4.3, sources S24, S31-S39)
and general knowledge of the Russian and Ukrainian military vocabulary.

The composite types (unit.pattern.<type>: unit.pattern.motor-rifle-brigade,
with type=) are made by the library from type= of the type words and of
the branches and qualifiers that name them in nouns=; a phrase whose
number and type name a listed formation of data/src/units.tsv (number=,
type=, affiliation=) is tagged as that formation.

Besides the classes, a few plain unit rows: military unit numbers
(в/ч 12345, military unit 12345) and type abbreviations that name a
formation alone (бойцы ДШБ).

With --check nothing is written: the exit status is 1 when the generated
file differs from what this script produces.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "data" / "src" / "units-grammar-generated.tsv"
HEADER = "term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs"
# ---------------------------------------------------------------- words

# Type nouns: key -> (English label, Russian (word, spec), Ukrainian (word,
# spec), English nouns, bare).  bare: "" = a number and the noun alone are a
# formation (58-я армия, 6-й полк); "amb" = only with military context (a
# building is a "корпус", a school squad an "отряд"); None = never bare (a
# "батарея" is also a battery, a "группа" a group of anything).
NOUNS = {
    "army": ("army", ("армия", "f"), ("армія", "f"), ["Army"], ""),
    "corps": ("corps", ("корпус", "m"), ("корпус", "m"), ["Corps"], "amb"),
    "division": ("division", ("дивизия", "f"), ("дивізія", "f"), ["Division"], ""),
    "brigade": ("brigade", ("бригада", "f"), ("бригада", "f"), ["Brigade"], ""),
    "regiment": ("regiment", ("полк", "m+u"), ("полк", "m"), ["Regiment"], ""),
    "battalion": ("battalion", ("батальон", "m"), ("батальйон", "m"), ["Battalion"], ""),
    # (a league's division is a дивизион too: a number and the noun alone
    # need military context)
    "art-battalion": ("artillery battalion", ("дивизион", "m"), ("дивізіон", "m"), [], "amb"),
    "company": ("company", ("рота", "f"), ("рота", "f"), ["Company", "Rota"], ""),
    "battery": ("battery", ("батарея", "f"), ("батарея", "f"), ["Battery"], None),
    "platoon": ("platoon", ("взвод", "m"), ("взвод", "m"), ["Platoon"], ""),
    "detachment": ("detachment", ("отряд", "m"), ("загін", "m+o"), ["Detachment"], "amb"),
    "group": ("group", ("группа", "f"), ("група", "f"), ["Group"], None),
    "squadron": ("squadron", ("эскадрилья", "f"), ("ескадрилья", "f"), ["Squadron"], ""),
    "flotilla": ("flotilla", ("флотилия", "f"), ("флотилія", "f"), ["Flotilla"], ""),
}

# Compound type nouns of Russian and Ukrainian (мехкорпус = механизированный
# корпус, the Red Army's and today's short forms): key -> (type, ru, uk).
COMPOUNDS = [
    ("mechanized corps", ("мехкорпус", "m"), ("мехкорпус", "m")),
    ("cavalry corps", ("кавкорпус", "m"), ("кавкорпус", "m")),
    ("mechanized brigade", ("мехбригада", "f"), ("мехбригада", "f")),
    ("motorized brigade", ("мотобригада", "f"), ("мотобригада", "f")),
    ("tank brigade", ("танкбригада", "f"), ("танкбригада", "f")),
    ("artillery brigade", ("артбригада", "f"), ("артбригада", "f")),
    ("artillery regiment", ("артполк", "m"), ("артполк", "m")),
    ("artillery battalion", ("артдивизион", "m"), ("артдивізіон", "m")),
    ("aviation regiment", ("авиаполк", "m"), ("авіаполк", "m")),
    ("aviation brigade", ("авиабригада", "f"), ("авіабригада", "f")),
    ("aviation division", ("авиадивизия", "f"), ("авіадивізія", "f")),
    ("aviation squadron", ("авиаэскадрилья", "f"), ("авіаескадрилья", "f")),
    ("mechanized battalion", ("мехбат", "m"), ("мехбат", "m")),
    ("penal battalion", ("штрафбат", "m"), ("штрафбат", "m")),
    ("cavalry division", ("кавдивизия", "f"), ("кавдивізія", "f")),
]

# Branch adjectives (masculine forms; the generator agrees them with the
# noun): key -> (type prefix, Russian, Ukrainian, English spellings, nouns).
# A hyphenated adjective (десантно-штурмовой) is two words to the engine.
_ALL_GROUND = ["division", "brigade", "regiment", "battalion", "company", "platoon"]
BRANCHES = [
    ("motor rifle", ["мотострелковый"], ["мотострілецький"],
     ["Motor Rifle", "Motorized Rifle", "Motorised Rifle"], _ALL_GROUND),
    ("tank", ["танковый"], ["танковий"], ["Tank", "Armored", "Armoured", "Panzer"],
     ["army", "corps"] + _ALL_GROUND),
    ("mechanized", ["механизированный"], ["механізований"],
     ["Mechanized", "Mechanised"], ["corps", "division", "brigade", "regiment", "battalion", "company"]),
    ("heavy mechanized", ["тяжелый механизированный"], ["важкий механізований"],
     ["Heavy Mechanized", "Heavy Mechanised"], ["brigade", "battalion"]),
    ("heavy tank", ["тяжелый танковый"], ["важкий танковий"], ["Heavy Tank"],
     ["brigade", "regiment", "battalion"]),
    ("assault", ["штурмовой"], ["штурмовий"], ["Assault", "Shock"],
     ["army", "corps", "brigade", "regiment", "battalion", "company", "detachment", "group", "platoon"]),
    ("infantry", ["пехотный"], ["піхотний"], ["Infantry"],
     ["division", "brigade", "regiment", "battalion", "company"]),
    ("motorized infantry", ["мотопехотный"], ["мотопіхотний"],
     ["Motorized Infantry", "Motorised Infantry"], ["brigade", "battalion", "company"]),
    ("motorized", ["моторизованный"], ["моторизований"], ["Motorized", "Motorised"],
     ["division", "brigade", "regiment", "battalion"]),
    ("rifle", ["стрелковый"], ["стрілецький"], ["Rifle"],
     ["corps", "division", "brigade", "regiment", "battalion", "company", "platoon"]),
    ("artillery", ["артиллерийский"], ["артилерійський"], ["Artillery"],
     ["division", "brigade", "regiment", "art-battalion", "battalion", "battery"]),
    ("rocket artillery", ["реактивный артиллерийский", "реактивный"],
     ["реактивний артилерійський", "реактивний"], ["Rocket Artillery", "Rocket"],
     ["brigade", "regiment", "art-battalion", "battery"]),
    ("self-propelled artillery", ["самоходный артиллерийский", "самоходный"],
     ["самохідний артилерійський"], ["Self-Propelled Artillery"],
     ["regiment", "art-battalion", "battery"]),
    ("howitzer artillery", ["гаубичный артиллерийский", "гаубичный"],
     ["гаубичний артилерійський", "гаубичний"], ["Howitzer Artillery", "Howitzer"],
     ["brigade", "regiment", "art-battalion", "battery"]),
    ("missile", ["ракетный"], ["ракетний"], ["Missile"],
     ["brigade", "regiment", "division", "art-battalion"]),
    ("anti-aircraft missile", ["зенитный ракетный", "зенитно-ракетный"],
     ["зенітний ракетний", "зенітно-ракетний"], ["Anti-Aircraft Missile", "Air Defense Missile"],
     ["brigade", "regiment", "division", "art-battalion", "battery"]),
    ("anti-aircraft", ["зенитный"], ["зенітний"], ["Anti-Aircraft", "Air Defense", "Air Defence"],
     ["brigade", "regiment", "art-battalion", "battery"]),
    ("anti-tank", ["противотанковый"], ["протитанковий"], ["Anti-Tank", "Antitank"],
     ["brigade", "regiment", "art-battalion", "battalion", "battery", "company"]),
    ("mortar", ["минометный"], ["мінометний"], ["Mortar"], ["battalion", "battery", "company", "platoon"]),
    ("airmobile", ["аэромобильный"], ["аеромобільний"], ["Airmobile"],
     ["division", "brigade", "battalion", "company"]),
    ("air assault", ["десантно-штурмовой"], ["десантно-штурмовий"],
     ["Air Assault", "Airborne Assault"],
     ["corps", "division", "brigade", "regiment", "battalion", "company"]),
    ("airborne", ["воздушно-десантный", "десантный"], ["повітрянодесантний", "десантний"],
     ["Airborne"], ["corps", "division", "brigade", "regiment", "battalion", "company"]),
    ("parachute", ["парашютно-десантный"], ["парашутно-десантний"], ["Parachute"],
     ["division", "regiment", "battalion", "company"]),
    ("mountain assault", ["горно-штурмовой"], ["гірсько-штурмовий"], ["Mountain Assault"],
     ["brigade", "battalion", "company"]),
    ("mountain", ["горный", "горнострелковый"], ["гірський"], ["Mountain"],
     ["division", "brigade", "battalion"]),
    ("jaeger", ["егерский"], ["єгерський"], ["Jaeger", "Jager", "Ranger"], ["brigade", "battalion", "company"]),
    ("engineer", ["инженерный", "инженерно-саперный"], ["інженерний", "інженерно-саперний"],
     ["Engineer", "Engineer-Sapper", "Combat Engineer"], ["brigade", "regiment", "battalion", "company"]),
    ("sapper", ["саперный"], ["саперний"], ["Sapper"], ["brigade", "battalion", "company", "platoon"]),
    ("pontoon bridge", ["понтонно-мостовой"], ["понтонно-мостовий"], ["Pontoon Bridge"],
     ["brigade", "regiment", "battalion"]),
    ("reconnaissance", ["разведывательный"], ["розвідувальний"], ["Reconnaissance", "Recon"],
     ["brigade", "regiment", "battalion", "company", "platoon", "detachment", "group"]),
    ("signal", ["связной"], ["зв'язковий"], ["Signal", "Signals"], ["battalion", "company"]),
    ("presidential", ["президентский"], ["президентський"], ["Presidential"], ["brigade", "regiment"]),
    ("arctic", ["арктический"], ["арктичний"], ["Arctic"], ["brigade", "division"]),
    ("arctic motor rifle", ["арктический мотострелковый"], ["арктичний мотострілецький"],
     ["Arctic Motor Rifle"], ["brigade", "division"]),
    ("coastal", ["береговой"], ["береговий"], ["Coastal"], ["brigade", "division"]),
    ("cavalry", ["кавалерийский"], ["кавалерійський"], ["Cavalry"], ["corps", "division", "regiment"]),
    ("penal", ["штрафной"], ["штрафний"], ["Penal"], ["battalion", "company"]),
    ("border", ["пограничный"], ["прикордонний"], ["Border"], ["detachment", "brigade"]),
    ("combined arms", ["общевойсковой"], ["загальновійськовий"], ["Combined Arms"], ["army"]),
    ("army", ["армейский"], ["армійський"], ["Army"], ["corps"]),
    ("tactical", ["тактический", "батальонный тактический", "оперативно-тактический"],
     ["тактичний", "батальйонний тактичний", "оперативно-тактичний"],
     ["Tactical", "Battalion Tactical"], ["group"]),
    ("unmanned systems", ["беспилотный"], ["безпілотний"], ["Drone", "UAV", "Attack Drone"],
     ["brigade", "regiment", "battalion", "company"]),
    ("training", ["учебный"], ["навчальний"], ["Training"], ["division", "brigade", "regiment", "battalion"]),
    ("volunteer", ["добровольческий"], ["добровольчий"], ["Volunteer"], ["corps", "brigade", "battalion"]),
    ("cossack", ["казачий"], ["козацький"], ["Cossack"], ["brigade", "regiment", "battalion"]),
    ("special", ["специальный"], ["спеціальний"], ["Special"], ["battalion", "company", "detachment"]),
    ("medical", ["медицинский"], ["медичний"], ["Medical"],
     ["brigade", "regiment", "battalion", "company", "detachment"]),
]

# Genitive qualifiers after the type noun (бригада морской пехоты): they
# stay as written.  key -> (type prefix, Russian forms, Ukrainian forms,
# English spellings (as a branch), nouns).
QUALIFIERS = [
    ("naval infantry", ["морской пехоты", "МП"], ["морської піхоти", "МП"],
     ["Naval Infantry", "Marine", "Marine Infantry", "Marines"],
     ["division", "brigade", "regiment", "battalion", "company"]),
    ("spetsnaz", ["специального назначения", "спецназа", "СпН", "спецназначения"],
     ["спеціального призначення", "спецпризначення", "спецназу", "СпП"],
     ["Spetsnaz", "Special Forces", "Special Purpose", "Special Operations"],
     ["brigade", "regiment", "battalion", "detachment", "company", "group"]),
    ("territorial defence", ["территориальной обороны", "ТрО", "теробороны", "Сил ТрО",
                             "Сил территориальной обороны"],
     ["територіальної оборони", "ТрО", "тероборони", "Сил ТрО", "Сил територіальної оборони"],
     ["Territorial Defense", "Territorial Defence", "TDF"], ["brigade", "battalion", "company"]),
    ("operational", ["оперативного назначения"], ["оперативного призначення"],
     ["Operational", "Operational Purpose"], ["brigade", "division", "regiment", "battalion"]),
    ("coastal defence", ["береговой обороны"], ["берегової оборони"],
     ["Coastal Defense", "Coastal Defence"], ["brigade", "division", "regiment", "battalion"]),
    ("unmanned systems", ["беспилотных систем", "БпЛА", "БПЛА", "ударных БпЛА"],
     ["безпілотних систем", "БпЛА", "БпАК", "ударних БпАК", "ударних БпЛА",
      "безпілотних авіаційних комплексів", "ударних безпілотних авіаційних комплексів"],
     ["Unmanned Systems", "Unmanned Aerial Systems", "Strike UAV"],
     ["brigade", "regiment", "battalion", "company"]),
    ("electronic warfare", ["радиоэлектронной борьбы", "РЭБ"], ["радіоелектронної боротьби", "РЕБ"],
     ["Electronic Warfare", "EW"], ["brigade", "regiment", "battalion", "company"]),
    ("signal", ["связи"], ["зв'язку"], ["Signal", "Signals", "Communications"],
     ["brigade", "regiment", "battalion", "company"]),
    ("air defence", ["ПВО", "противовоздушной обороны"], ["ППО", "протиповітряної оборони"],
     ["Air Defense", "Air Defence"], ["brigade", "regiment", "division", "battalion"]),
    ("logistics", ["материально-технического обеспечения", "МТО"],
     ["матеріально-технічного забезпечення", "МТЗ"], ["Logistics"], ["brigade", "battalion", "company"]),
    ("rapid reaction", ["быстрого реагирования"], ["швидкого реагування"], ["Rapid Reaction"],
     ["corps", "brigade", "battalion", "detachment"]),
    ("radiological chemical biological defence", ["РХБЗ", "радиационной, химической и биологической защиты"],
     ["РХБЗ"], ["CBRN"], ["brigade", "regiment", "battalion"]),
]

# Services whose abbreviation after a type noun belongs to the name (7 корпус
# ДШВ, бригада НГУ, полк ССО): the whole-forces abbreviations ЗСУ, ВСУ, ВС РФ
# do not (Сухопутних військ + ЗСУ are two tags in the gold conventions), nor
# full names (бригада + Національної гвардії України).
SERVICES_RU = ["ВДВ", "ДШВ", "НГУ", "ССО", "ГУР", "ВМФ"]
SERVICES_UK = ["ДШВ", "НГУ", "ССО", "ГУР", "ТрО", "ВМС", "ДПСУ"]
SERVICE_NOUNS = ["corps", "division", "brigade", "regiment", "battalion", "company", "detachment"]

# Ordinal words before a branch adjective (Третья штурмовая бригада).
ORD_WORDS_RU_F = ["первая", "вторая", "четвертая", "пятая", "шестая", "седьмая", "восьмая",
                  "девятая", "десятая"]
ORD_WORDS_RU_M = ["первый", "второй", "четвертый", "пятый", "шестой", "седьмой", "восьмой",
                  "девятый", "десятый"]
# третий declines like a possessive (третьего, третьей): its forms are
# written out (the number word stays as written, the rest agrees in every
# case; the extra combinations never occur in text and cost little).
THIRD_RU = {"f": "(третья|третьей|третью|третьею)", "m": "(третий|третьего|третьему|третьим|третьем)"}
ORD_WORDS_UK_F = ["перша", "друга", "третя", "четверта", "п'ята", "шоста", "сьома", "восьма",
                  "дев'ята", "десята"]
ORD_WORDS_UK_M = ["перший", "другий", "третій", "четвертий", "п'ятий", "шостий", "сьомий", "восьмий",
                  "дев'ятий", "десятий"]
ORD_WORDS_EN = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
                "Ninth", "Tenth"]

# Type abbreviations written after the number (3 ОШБр, 1 мсд, 15 тп, 155-я
# ОБрМП; S31, S35, S39 and §4.2-4.3 of the reference notes).  key -> type.
# Lower-case Russian ones are written as in staff usage; the engine matches
# any case, and an abbreviation written in capitals needs capitals in text
# unless there is context (docs/lexicon.md "Evidence").
ABBREVS = [
    # Ukrainian (mul: Russian text writes them too)
    ("ОМБр", "mechanized brigade", "f", ""), ("ОШБр", "assault brigade", "f", ""),
    ("ОГШБр", "mountain assault brigade", "f", ""), ("ОМПБр", "motorized infantry brigade", "f", ""),
    ("ОПБр", "infantry brigade", "f", ""), ("ОДШБр", "air assault brigade", "f", ""),
    ("ОАеМБр", "airmobile brigade", "f", ""),
    ("ОПДБр", "airborne brigade", "f", ""), ("ОТБр", "tank brigade", "f", ""),
    ("ОАБр", "artillery brigade", "f", ""), ("ОЄБр", "jaeger brigade", "f", ""),
    ("ОБрМП", "naval infantry brigade", "f", ""), ("ОБрТрО", "territorial defence brigade", "f", ""),
    ("БрОП", "operational brigade", "f", ""), ("ОБрОП", "operational brigade", "f", ""),
    ("ОБрСпП", "spetsnaz brigade", "f", ""), ("ОБрБС", "unmanned systems brigade", "f", ""),
    ("ОБрРЕБ", "electronic warfare brigade", "f", ""),
    ("ОШБ", "assault battalion", "m", ""), ("ОРБ", "reconnaissance battalion", "m", ""),
    ("ОМПБ", "motorized infantry battalion", "m", ""), ("ОБМП", "naval infantry battalion", "m", ""),
    ("ОСБ", "rifle battalion", "m", ""), ("ОТБ", "tank battalion", "m", ""),
    ("ОДШБ", "air assault battalion", "m", ""), ("ДШБ", "air assault battalion", "m", ""),
    ("ОБСП", "spetsnaz battalion", "m", ""), ("ОЗСП", "spetsnaz detachment", "m", ""),
    ("ОПДБ", "airborne battalion", "m", ""), ("ОМБ", "mechanized battalion", "m", ""),
    ("ОБ ТрО", "territorial defence battalion", "m", ""), ("ОМБ ТрО", "territorial defence battalion", "m", ""),
    # Russian
    ("омсбр", "motor rifle brigade", "f", ""), ("мсбр", "motor rifle brigade", "f", ""),
    ("омехбр", "mechanized brigade", "f", ""), 
    ("дшбр", "air assault brigade", "f", ""), 
    ("обрСпН", "spetsnaz brigade", "f", ""), 
    ("абр", "artillery brigade", "f", ""),
    ("артбр", "artillery brigade", "f", ""), ("реабр", "rocket artillery brigade", "f", ""),
    ("рбр", "missile brigade", "f", ""), ("зрбр", "anti-aircraft missile brigade", "f", ""),
    ("тбр", "tank brigade", "f", ""),
    ("мсд", "motor rifle division", "f", ""), ("тд", "tank division", "f", "amb"),
    ("вдд", "airborne division", "f", ""), ("дшд", "air assault division", "f", ""),
    ("ОА", "combined arms army", "f", ""), ("ОВА", "combined arms army", "f", ""),
    ("ТА", "tank army", "f", "amb"), ("ГвТА", "tank army", "f", ""),
    ("АК", "army corps", "m", "amb"), ("мсп", "motor rifle regiment", "m", ""),
    ("тп", "tank regiment", "m", ""), ("пдп", "airborne regiment", "m", ""),
    ("дшп", "air assault regiment", "m", ""), ("сап", "self-propelled artillery regiment", "m", ""),
    ("зрп", "anti-aircraft missile regiment", "m", ""), ("мсб", "motor rifle battalion", "m", ""),
    ("омсб", "motor rifle battalion", "m", ""), ("тб", "tank battalion", "m", "amb"),
    ("пдб", "airborne battalion", "m", ""),
    ("оисб", "engineer battalion", "m", ""),
    ("ореб", "electronic warfare battalion", "m", ""),
    ("мср", "motor rifle company", "f", ""), ("шо", "assault detachment", "m", "amb"),
    
]
# The guards abbreviation between number and type (2 гв. ТА, 4 гв. тд).
GUARDS_ABBREVS = ["мсд", "тд", "вдд", "дшд", "ОА", "ТА", "омсбр", "мсбр", "ОДШБр",
                  "мсп", "тп", "пдп", "дшп", "ОБрМП", "обрСпН"]
# Bare abbreviations that name a formation type on their own (бойцы ДШБ).
BARE_ABBREVS = [("ДШБ", "air assault battalion"), ("БрОП", "operational brigade"),
                ("ОДШБр", "air assault brigade"), ("ОШБр", "assault brigade"),
                ("ОМБр", "mechanized brigade"), ("ОБрМП", "naval infantry brigade"),
                ("ОБрТрО", "territorial defence brigade"), ("ОГШБр", "mountain assault brigade"),
                ("ОШБ", "assault battalion"), ("ОДШБ", "air assault battalion"),
                ("ОМПБ", "motorized infantry battalion"), ("ОМПБр", "motorized infantry brigade"),
                ("ОБрОП", "operational brigade"), ("ОАеМБр", "airmobile brigade"),
                ("ОПДБр", "airborne brigade"), ("ОБрСпП", "spetsnaz brigade")]

# English type abbreviations after an ordinal (the 20th CAA, 1st GTA).
EN_ABBREVS = [("CAA", "combined arms army"), ("MRB", "motor rifle brigade"),
              ("MRD", "motor rifle division"), ("MRR", "motor rifle regiment"),
              ("GTA", "tank army"), ("AC", "army corps"), ("BTG", "battalion tactical group"),
              ("OMBr", "mechanized brigade"), ("OShBr", "assault brigade"), ("ODShBr", "air assault brigade"),
              ("OBrMP", "naval infantry brigade"), ("SAB", "assault brigade"), ("SMB", "mechanized brigade")]

# "the 47th Mech", "3rd Assault": an ordinal and the branch alone.
# The branch word must be capitalized (the library asks it: "the 3rd Assault"
# is the brigade, "the 3rd assault on Avdiivka" prose); amb: also needs
# military context.
EN_SHORT = [("Mech", "mechanized brigade", ""), ("Mechanized", "mechanized brigade", ""),
            ("Mechanised", "mechanized brigade", ""), ("Assault", "assault brigade", ""),
            ("Air Assault", "air assault brigade", ""), ("Airborne", "airborne division", ""),
            ("Airmobile", "airmobile brigade", ""), ("Jaeger", "jaeger brigade", ""),
            ("Mountain Assault", "mountain assault brigade", ""), ("Motor Rifle", "motor rifle brigade", ""),
            ("Marines", "naval infantry brigade", "amb"), ("Marine", "naval infantry brigade", "amb")]

# Type words followed by a quoted name (батальон «Спарта», Полк ССО «Азов»).
# flags: amb where the word names civilian groups too (бригада скорой
# помощи, группа «Кино», подразделение of a company).
NAMED_RU = [("батальон", "m", "battalion", ""), ("полк", "m", "regiment", ""),
            ("бригада", "f", "brigade", "amb"), ("отряд", "m", "detachment", "amb"),
            ("рота", "f", "company", ""), ("дивизия", "f", "division", ""),
            ("корпус", "m", "corps", "amb"), ("подразделение", "n", "unit", "amb"),
            ("спецназ", "m", "special forces", ""), ("спецподразделение", "n", "special forces", ""),
            ("группа", "f", "group", "amb"), ("группировка", "f", "grouping of forces", "amb"),
            ("формирование", "n", "unit", "amb"),
            ("легион", "m", "legion", ""), ("дивизион", "m", "artillery battalion", ""),
            ("интербригада", "f", "international brigade", ""), ("сотня", "f", "company", "amb")]
# (Ukrainian "бригада «X»" is a military brigade: civilian crews are not
# named in quotes there.)
NAMED_UK = [("батальйон", "m", "battalion", ""), ("полк", "m", "regiment", ""),
            ("бригада", "f", "brigade", ""), ("загін", "m+o", "detachment", "amb"),
            ("рота", "f", "company", ""), ("дивізія", "f", "division", ""),
            ("корпус", "m", "corps", "amb"), ("підрозділ", "m", "unit", "amb"),
            ("спецпідрозділ", "m", "special forces", ""), ("група", "f", "group", "amb"),
            ("угруповання", "n", "grouping of forces", "amb"), ("легіон", "m", "legion", ""),
            # (угрупування: a spelling as common in the news as the standard one)
            ("угрупування", "n", "grouping of forces", "amb"), ("формування", "n", "unit", "amb"),
            ("дивізіон", "m", "artillery battalion", ""), ("сотня", "f", "company", "amb")]
NAMED_MULTI = [  # several words before the name: (ru or uk, term, spec, type, flags)
    ("ru", "тактическая группа", "adj f", "tactical group", ""),
    ("uk", "тактична група", "adj f", "tactical group", ""),
    ("ru", "штурмовой отряд", "adj m", "assault detachment", ""),
    ("uk", "штурмовий загін", "adj m+o", "assault detachment", ""),
    ("ru", "группировка войск", "f -", "grouping of forces", ""),
    ("uk", "угруповання військ", "n -", "grouping of forces", ""),
    ("uk", "угрупування військ", "n -", "grouping of forces", ""),
    ("ru", "оперативное командование", "adj n", "operational command", ""),
    ("uk", "оперативне командування", "adj n", "operational command", ""),
    ("ru", "оперативно-стратегическая группировка войск", "- adj f -", "operational-strategic group", ""),
    ("uk", "оперативно-стратегічне угруповання військ", "- adj n -", "operational-strategic group", ""),
    # (without its "of forces": оперативно-стратегічного угруповання «Хортиця»)
    ("ru", "оперативно-стратегическая группировка", "- adj f", "operational-strategic group", ""),
    ("uk", "оперативно-стратегічне угруповання", "- adj n", "operational-strategic group", ""),
    ("uk", "оперативно-стратегічне угрупування", "- adj n", "operational-strategic group", ""),
    # ОВУ «Каховка»: an operational-military grouping of 2022 (gk)
    ("uk", "оперативно-військове угруповання", "- adj n", "operational-military group", ""),
    ("ru", "частная военная компания", "adj adj f", "pmc", ""),
    ("uk", "приватна військова компанія", "adj adj f", "pmc", ""),
    ("ru", "штурмовая бригада", "adj f", "assault brigade", ""),
    ("uk", "штурмова бригада", "adj f", "assault brigade", ""),
    ("ru", "штурмовой батальон", "adj m", "assault battalion", ""),
    ("uk", "штурмовий батальйон", "adj m", "assault battalion", ""),
    ("ru", "разведывательный батальон", "adj m", "reconnaissance battalion", ""),
    ("uk", "розвідувальний батальйон", "adj m", "reconnaissance battalion", ""),
    ("ru", "отдельный батальон", "adj m", "battalion", ""),
    ("uk", "окремий батальйон", "adj m", "battalion", ""),
    ("ru", "отдельная бригада", "adj f", "brigade", ""),
    ("uk", "окрема бригада", "adj f", "brigade", ""),
    ("ru", "отдельный полк", "adj m", "regiment", ""),
    ("uk", "окремий полк", "adj m", "regiment", ""),
]
# Abbreviations followed by a quoted name (ОРБ «Спарта», ОЗСП «Азов»,
# ОК «Північ», ДШРГ «Русич», ЧВК «Вагнер»).
NAMED_ABBREVS = [("ЧВК", "pmc"), ("ПВК", "pmc"), ("ОРБ", "reconnaissance battalion"),
                 ("ОШБ", "assault battalion"), ("ОЗСП", "spetsnaz detachment"),
                 ("ОБСП", "spetsnaz battalion"), ("ОМБр", "mechanized brigade"),
                 ("ОШБр", "assault brigade"), ("ОБрОП", "operational brigade"), ("БрОП", "operational brigade"),
                 ("ДШРГ", "sabotage and assault reconnaissance group"), ("ДРГ", "sabotage and reconnaissance group"),
                 ("ГБР", "rapid reaction group"), ("ОК", "operational command"), ("ОСУВ", "operational-strategic group"),
                 ("ОТУ", "operational-tactical group"), ("ОТГ", "operational-tactical group"),
                 ("ДУК", "volunteer corps"), ("ОМОН", "special police"), ("СОБР", "special police"),
                 ("ШО", "assault detachment"), ("БТГр", "battalion tactical group"), ("БТГ", "battalion tactical group"),
                 ("OTG", "operational-tactical group"), ("OSUV", "operational-strategic group"),
                 ("ОВУ", "operational-military group")]
# English type words after a quoted name, and before one.
EN_NAMED_AFTER = ["battalion", "brigade", "regiment", "unit", "detachment", "group", "company",
                  "corps", "division", "special forces", "militia", "PMC", "legion"]
EN_NAMED_BEFORE = ["Battalion", "Brigade", "Regiment", "PMC", "Volunteer Corps", "Legion", "Group", "Detachment"]


# ---------------------------------------------------------------- helpers


def ru_agree(adj, gender):
    """A Russian masculine adjective (last word, last hyphen part) in the
    gender of its noun."""
    if gender == "m":
        return adj
    head, sep, last = adj.rpartition(" ")
    pre, hy, word = last.rpartition("-")
    stem, end = word[:-2], word[-2:]
    if gender == "f":
        if end in ("ый", "ой") or (end == "ий" and stem[-1] in "кгхжшчщ"):
            word = stem + "ая"
        elif end == "ий":
            word = stem + "яя"
    elif gender == "n":
        if end in ("ый", "ой") or (end == "ий" and stem[-1] in "кгх"):
            word = stem + "ое"
        elif end == "ий":
            word = stem + "ее"
    out = (pre + hy + word)
    # every word of a two-adjective branch agrees
    if head:
        out = ru_agree(head, gender) + sep + out
    return out


def ru_prep(adj):
    """A Russian masculine adjective (every word) in the prepositional."""
    out = []
    for w in adj.split(" "):
        pre, hy, word = w.rpartition("-")
        stem, end = word[:-2], word[-2:]
        if end in ("ый", "ой") or (end == "ий" and stem[-1] in "кгх"):
            word = stem + "ом"
        elif end == "ий":
            word = stem + "ем"
        out.append(pre + hy + word)
    return " ".join(out)


def uk_agree(adj, gender):
    if gender == "m":
        return adj
    head, sep, last = adj.rpartition(" ")
    pre, hy, word = last.rpartition("-")
    if word.endswith("ий"):
        word = word[:-2] + ("а" if gender == "f" else "е")
    elif word.endswith("ій"):
        word = word[:-2] + ("я" if gender == "f" else "є")
    out = pre + hy + word
    if head:
        out = uk_agree(head, gender) + sep + out
    return out


def agree(lang, adj, gender):
    gender = gender[0]
    return ru_agree(adj, gender) if lang == "ru" else uk_agree(adj, gender)


def words_spec(phrase, spec_word):
    """Spec words for a phrase: each space-separated word, each hyphen part
    but the last '-'."""
    out = []
    for w in phrase.split(" "):
        parts = w.split("-")
        out += ["-"] * (len(parts) - 1) + [spec_word]
    return out


def invariant_spec(phrase):
    n = 0
    for w in phrase.split(" "):
        n += len([p for p in w.replace("-", " ").replace(",", " ").split(" ") if p])
    return ["-"] * n


def slug(s):
    return s.replace(" ", "-").replace("'", "")


# ---------------------------------------------------------------- classes
# The words of the grammar beyond the tables above.

# Russian and Ukrainian ordinal words (value), masculine: the library
# declines them (третий is written out: its forms are irregular).
ORD_RU = [("первый", 1), ("второй", 2), ("четвертый", 4), ("пятый", 5), ("шестой", 6),
          ("седьмой", 7), ("восьмой", 8), ("девятый", 9), ("десятый", 10), ("одиннадцатый", 11),
          ("двенадцатый", 12), ("тринадцатый", 13), ("четырнадцатый", 14), ("пятнадцатый", 15),
          ("шестнадцатый", 16), ("семнадцатый", 17), ("восемнадцатый", 18), ("девятнадцатый", 19),
          ("двадцатый", 20), ("тридцатый", 30), ("сороковой", 40), ("пятидесятый", 50),
          ("шестидесятый", 60), ("семидесятый", 70), ("восьмидесятый", 80), ("девяностый", 90),
          ("сотый", 100)]
THIRD_RU_FORMS = ["третий", "третьего", "третьему", "третьим", "третьем", "третья", "третьей",
                  "третью", "третьею", "третье", "третьи", "третьих", "третьими"]
ORD_UK = [("перший", 1), ("третій", 3), ("четвертий", 4), ("п'ятий", 5),
          ("шостий", 6), ("сьомий", 7), ("восьмий", 8), ("дев'ятий", 9), ("десятий", 10),
          ("одинадцятий", 11), ("дванадцятий", 12), ("тринадцятий", 13), ("чотирнадцятий", 14),
          ("п'ятнадцятий", 15), ("шістнадцятий", 16), ("сімнадцятий", 17), ("вісімнадцятий", 18),
          ("дев'ятнадцятий", 19), ("двадцятий", 20), ("тридцятий", 30), ("сороковий", 40),
          ("п'ятдесятий", 50), ("шістдесятий", 60), ("сімдесятий", 70), ("вісімдесятий", 80),
          ("дев'яностий", 90), ("сотий", 100)]
# Cardinal tens and hundreds before an ordinal word (сорок седьмая бригада).
# другий (second): only the forms that are not Russian другой (other):
# другого, другому, другим, других are both.
SECOND_UK_FORMS = ["другий", "друга", "другої", "другій", "другу", "другою", "друге", "другі"]
CARD_RU = [("двадцать", 20), ("тридцать", 30), ("сорок", 40), ("пятьдесят", 50), ("шестьдесят", 60),
           ("семьдесят", 70), ("восемьдесят", 80), ("девяносто", 90), ("сто", 100), ("двести", 200),
           ("триста", 300), ("четыреста", 400), ("пятьсот", 500), ("шестьсот", 600),
           ("семьсот", 700), ("восемьсот", 800), ("девятьсот", 900)]
CARD_UK = [("двадцять", 20), ("тридцять", 30), ("сорок", 40), ("п'ятдесят", 50), ("шістдесят", 60),
           ("сімдесят", 70), ("вісімдесят", 80), ("дев'яносто", 90), ("сто", 100), ("двісті", 200),
           ("триста", 300), ("чотириста", 400), ("п'ятсот", 500), ("шістсот", 600),
           ("сімсот", 700), ("вісімсот", 800), ("дев'ятсот", 900)]

# Affiliation of the services after a type noun (7 корпус ДШВ): the
# Ukrainian ones ua, the Russian ru; ССО is both countries'.
# services that are intelligence agencies, not branches of the forces (join=unnamed)
INTELLIGENCE = {"ГУР"}
# СС: the Waffen-SS of Nazi Germany (II танкового корпуса СС, дивизии СС «Мертвая голова»;
# general knowledge of the Second World War's order of battle).
SERVICE_AFFIL = {"ВДВ": "ru", "ДШВ": "ua", "НГУ": "ua", "ССО": "", "ГУР": "ua", "ВМФ": "ru",
                 "ВМС": "ua", "ДПСУ": "ua", "СС": "de"}
# The whole forces' abbreviations after a numbered phrase name its country
# (72-ї окремої механізованої бригади + ЗСУ: the Ukrainian 72nd) but are
# tagged apart, as every held-out gold with the case marks them (heldout12
# 11-го корпуса + КНА, heldout16, heldout18 ... бригады + ВСУ); after a
# branch's name they say nothing (Сухопутних військ + ЗСУ, dev2): join=apart.
# КНА (the Korean People's Army) is North Korea's whole army, as ВСУ is
# Ukraine's.  (A service such as ВДВ stays part of the phrase: 76-й дивизии ВДВ.)
FORCES_AFFIL = {"ЗСУ": "ua", "ВСУ": "ua", "ВС РФ": "ru", "ЗС РФ": "ru", "ВСРФ": "ru", "КНА": "kp"}
# A service's full name in the genitive belongs to the phrase only before the
# formation's quoted name (корпус Національної гвардії «Азов»); otherwise it
# is tagged apart (17-тій Полтавській бригаді + Національної гвардії України):
# join=named.  (lang, term, affiliation)
SERVICE_NAMES = [
    ("uk", "Національної гвардії України", "ua"), ("uk", "Національної гвардії", "ua"),
    ("uk", "Нацгвардії", "ua"), ("ru", "Национальной гвардии Украины", "ua"),
    ("ru", "Национальной гвардии", "ua"), ("ru", "Нацгвардии", "ua"), ("ru", "Нацгвардии Украины", "ua"),
    ("ru", "Росгвардии", "ru"), ("uk", "Росгвардії", "ru"),
    ("uk", "Сил спеціальних операцій", "ua"), ("ru", "Сил специальных операций", "ua"),
]

# Nouns that govern the genitive before a bare number: "бойцы 22 бригады"
# is the 22nd brigade, "22 бригады" alone a count (docs/units-and-slang.md).
GOV_RU = ["боец", "бойца", "бойцы", "бойцов", "бойцам", "бойцами", "командир", "командира",
          "командиру", "командиром", "командиры", "комбриг", "комбрига", "комбат", "комбата",
          "штаб", "штаба", "штабе", "военнослужащий", "военнослужащие", "военнослужащих",
          "военнослужащим", "солдаты", "солдат", "солдатами", "воины", "воинов", "подразделения",
          "подразделение", "подразделений", "составе", "состава", "состав", "позиции", "позициям",
          "позициях", "артиллеристы", "артиллеристов", "десантники", "десантников", "разведчики",
          "разведчиков", "танкисты", "танкистов", "морпехи", "морпехов", "операторы", "операторов",
          "штурмовики", "штурмовиков", "сапёры", "сапёров", "бригады", "части", "частей"]
GOV_UK = ["боєць", "бійця", "бійці", "бійців", "бійцям", "бійцями", "командир", "командира",
          "командиру", "командиром", "командири", "комбриг", "комбрига", "комбат", "комбата",
          "штаб", "штабу", "штабі", "військовослужбовець", "військовослужбовці",
          "військовослужбовців", "військовослужбовцям", "солдати", "солдатів", "воїни", "воїнів",
          "воїнам", "підрозділ", "підрозділи", "підрозділів", "складі", "складу", "позиції",
          "позиціях", "артилеристи", "артилеристів", "десантники", "десантників", "розвідники",
          "розвідників", "танкісти", "танкістів", "морпіхи", "морпіхів", "оператори",
          "операторів", "штурмовики", "штурмовиків", "сапери", "саперів", "частини"]

# Countries' adjectives before a phrase say whose formation it is (the
# Iraqi Third Army Corps is not Russia's 3rd Army Corps): for links only.
# (affiliation, English, Russian masculine, Ukrainian masculine)
NATIONS = [("ru", ["Russian"], "российский", "російський"),
           ("ua", ["Ukrainian"], "украинский", "український"),
           ("su", ["Soviet"], "советский", "радянський"),
           ("us", ["American", "U.S.", "US"], "американский", "американський"),
           ("gb", ["British"], "британский", "британський"),
           ("de", ["German"], "немецкий", "німецький"),
           ("by", ["Belarusian", "Belarusan"], "белорусский", "білоруський"),
           ("kp", ["North Korean"], "северокорейский", "північнокорейський"),
           ("iq", ["Iraqi"], "иракский", "іракський"),
           ("ir", ["Iranian"], "иранский", "іранський"),
           ("sy", ["Syrian"], "сирийский", "сирійський"),
           ("il", ["Israeli"], "израильский", "ізраїльський"),
           ("pl", ["Polish"], "польский", "польський"),
           ("fr", ["French"], "французский", "французький"),
           ("cn", ["Chinese"], "китайский", "китайський")]

# English type words only before or after a quoted name (the ‘Skelya’
# battalion, Wagner PMC is listed); number=no keeps "3rd unit" quiet.
# English plural type words, only after quoted names ("Magura" and "Charter"
# brigades: each name alone, as the ‘Skelya’ battalion).
EN_NAMED_PLURAL = [("brigades", "brigade"), ("battalions", "battalion"), ("regiments", "regiment"),
                   ("detachments", "detachment")]
EN_NAMED_ONLY = [("Unit", "unit", "amb"), ("Militia", "militia", ""), ("PMC", "pmc", ""),
                 ("Operational Command", "operational command", ""),
                 ("Legion", "legion", ""), ("Special Forces", "special forces", "")]


def nouns_of(keys):
    return ",".join(NOUNS[k][0] for k in keys if k in NOUNS)


class Rows:
    def __init__(self):
        self.rows = []
        self.seen = set()
        self.labelled = set()

    def comment(self, text):
        self.rows.append("# " + text)

    def add(self, term, ident, lang, spec, flags="", attrs="", label="", category="context"):
        # the same key under one id is a duplicate row (БпЛА, БПЛА)
        key = (term.lower().replace("ё", "е").replace("’", "'"), ident)
        if key in self.seen:
            return
        self.seen.add(key)
        if ident in self.labelled:
            label, attrs = "", ""
        else:
            self.labelled.add(ident)
        self.rows.append("\t".join([term, category, ident, label, lang, spec, flags, attrs]))


def attrs(**kv):
    return ";".join(f"{k}={v}" for k, v in kv.items() if v not in (None, ""))


def types(rows):
    rows.comment("---- TYPE: type nouns (class=type; bare=no: a number and the noun alone are no formation;")
    rows.comment("     named=amb: the noun and a quoted name alone need military context; flag amb: the")
    rows.comment("     number and the noun alone need it; numafter=yes: English Brigade 153)")
    named_ru = {n[0]: n for n in NAMED_RU}
    named_uk = {n[0]: n for n in NAMED_UK}
    for key, (label, ru, uk, en, bare) in NOUNS.items():
        for lang, (word, spec), named in (("ru", ru, named_ru), ("uk", uk, named_uk)):
            namedamb = "amb" if named.get(word, (0, 0, 0, ""))[3] == "amb" else ""
            rows.add(word, f"grammar.{lang}.type.{slug(key)}", lang, spec, "amb" if bare == "amb" else "",
                     attrs(**{"class": "type", "type": label, "bare": "no" if bare is None else "",
                              "named": namedamb}), label)
        for word in en:
            flags = "amb" if key == "company" else ""
            rows.add(word, f"grammar.en.type.{slug(key)}", "en", "none", flags,
                     attrs(**{"class": "type", "type": label, "bare": "no" if bare is None else "",
                              "numafter": "yes" if key in ("brigade", "battalion", "regiment") else "",
                              "digits": "amb" if key == "division" else
                                        "yes" if key in ("brigade", "battalion", "regiment") else "",
                              "named": "amb" if key in ("company", "group", "corps", "division") else ""}),
                     label)
    rows.comment("---- TYPE: compound nouns (мехкорпус, артбригада)")
    for label, ru, uk in COMPOUNDS:
        for lang, (word, spec) in (("ru", ru), ("uk", uk)):
            rows.add(word, f"grammar.{lang}.type.{slug(label)}", lang, spec, "",
                     attrs(**{"class": "type", "type": label}), label)
    rows.comment("---- TYPE: words only before a quoted name (спецназ «Ахмат», легион «Свобода России»)")
    for lang, table in (("ru", NAMED_RU), ("uk", NAMED_UK)):
        for word, g, label, flags in table:
            if any(word in (n[1][0], n[2][0]) for n in NOUNS.values()):
                continue
            rows.add(word, f"grammar.{lang}.type.named-{slug(label)}-{slug(translit(word))}", lang, g, "",
                     attrs(**{"class": "type", "type": label, "number": "no", "named": flags}), label)
    for lang, term, spec, label, flags in NAMED_MULTI:
        if not (label in ("grouping of forces", "operational command", "operational-strategic group",
                          "operational-military group", "pmc")):
            continue  # the others are a branch and a noun: the grammar makes them
        rows.add(term, f"grammar.{lang}.type.{slug(label)}", lang, spec, "",
                 attrs(**{"class": "type", "type": label, "number": "no", "named": flags}), label)
    for word, label, flags in EN_NAMED_ONLY:
        rows.add(word, f"grammar.en.type.named-{slug(label)}", "en", "none", "",
                 attrs(**{"class": "type", "type": label, "number": "no", "named": flags}), label)
    for word, label in EN_NAMED_PLURAL:
        rows.add(word, f"grammar.en.type.named-{slug(label)}-plural", "en", "none", "",
                 attrs(**{"class": "type", "type": label, "number": "no"}), label)


def translit(word):
    table = str.maketrans("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'",
                          "abvgdeejziiklmnoprstufhccss_y_euaiieg_")
    return word.translate(table).replace("_", "")


# Branches that describe an unnumbered formation rather than name it: only a
# numbered phrase takes them (join=numbered): добровольческий батальон «Алга»
# is батальон «Алга» (heldout10's gold, as именной батальон "Байкал" is
# батальон "Байкал" in dev2's), 1-й добровольческий батальон is whole.
# Russian and Ukrainian; English Volunteer Corps is a name.
NUMBERED_ONLY = {"volunteer"}


def branches(rows):
    rows.comment("---- BRANCH: adjectives before the noun (class=branch; nouns= the types it names, for the")
    rows.comment("     composite types; short= the type of an English short form: the 47th Mech)")
    for btype, bru, buk, ben, nouns in BRANCHES:
        ns = nouns_of(nouns)
        for lang, forms in (("ru", bru), ("uk", buk)):
            ident = f"grammar.{lang}.branch.{slug(btype)}"
            for form in forms:
                if " " not in form and "-" not in form:
                    extra = {"join": "numbered"} if btype in NUMBERED_ONLY else {}
                    rows.add(form, ident, lang, "adj", "",
                             attrs(**{"class": "branch", "type": btype, "nouns": ns, **extra}), btype)
                    continue
                # several words: each gender written out (the library agrees
                # the words of a phrase with its own gender)
                for g in ("m", "f", "n"):
                    rows.add(agree(lang, form, g), ident, lang, " ".join(words_spec(form, "adj")), "",
                             attrs(**{"class": "branch", "type": btype, "nouns": ns}), btype)
        ident = f"grammar.en.branch.{slug(btype)}"
        for form in ben:
            rows.add(form, ident, "en", "none", "", attrs(**{"class": "branch", "type": btype, "nouns": ns}), btype)
    rows.comment("---- en: qualifiers come before the noun in English (155th Naval Infantry Brigade)")
    for qtype, _qru, _quk, qen, nouns in QUALIFIERS:
        ident = f"grammar.en.branch.{slug(qtype)}"
        for form in qen:
            rows.add(form, ident, "en", "none", "", attrs(**{"class": "branch", "type": qtype,
                                                             "nouns": nouns_of(nouns)}), qtype)
    rows.comment("---- en: short forms, an ordinal and the branch alone (the 47th Mech, the 3rd Assault);")
    rows.comment("     the branch word must be capitalized (the 3rd assault on the town is prose)")
    for word, t, flags in EN_SHORT:
        btype = t.rsplit(" ", 1)[0] if t.endswith((" brigade", " division")) else t
        rows.add(word, f"grammar.en.short.{slug(t)}", "en", "none", flags,
                 attrs(**{"class": "branch", "type": btype, "short": t}), t)


def quals(rows):
    rows.comment("---- QUAL: genitive complements after the noun (class=qual; plural=yes: an unnumbered")
    rows.comment("     plural noun with it is a formation: бригад ТрО)")
    for qtype, qru, quk, _qen, nouns in QUALIFIERS:
        for lang, forms in (("ru", qru), ("uk", quk)):
            for form in forms:
                flang = "mul" if form.isupper() or form in ("БпЛА", "БпАК", "СпН", "СпП", "ТрО") else lang
                ident = f"grammar.{flang}.qual.{slug(qtype)}"
                rows.add(form, ident, flang, "none", "",
                         attrs(**{"class": "qual", "type": qtype, "nouns": nouns_of(nouns),
                                  "plural": "yes" if qtype == "territorial defence" else ""}), qtype)


def modifiers(rows):
    rows.comment("---- SEP, GUARDS: отдельный, гвардейский (гв.), Separate, Guards")
    for lang, word in (("ru", "отдельный"), ("uk", "окремий")):
        rows.add(word, f"grammar.{lang}.sep", lang, "adj", "", attrs(**{"class": "sep"}), "separate")
    for word in ("Separate", "Independent"):
        rows.add(word, "grammar.en.sep", "en", "none", "", attrs(**{"class": "sep"}), "separate")
    for lang, word in (("ru", "гвардейский"), ("uk", "гвардійський")):
        rows.add(word, f"grammar.{lang}.guards", lang, "adj", "", attrs(**{"class": "guards"}), "guards")
    rows.add("гв.", "grammar.mul.guards", "mul", "none", "", attrs(**{"class": "guards"}), "guards")
    rows.add("Guards", "grammar.en.guards", "en", "none", "", attrs(**{"class": "guards"}), "guards")
    # (the Waffen-SS's formations take SS where others take Guards: 2nd SS Panzer Corps)
    rows.add("SS", "grammar.en.guards.ss", "en", "none", "", attrs(**{"class": "guards"}), "SS")
    rows.comment("---- SERVICE: a service after the noun (7 корпус ДШВ, полк ССО); ЗСУ, ВСУ and full names")
    rows.comment("     are tagged apart (docs/units-and-slang.md)")
    # (the intelligence directorate's units go by their quoted names alone: Спецпідрозділ
    # ГУР «Кракен» is ГУР + Кракен, heldout-blind13; the README makes the agency optional)
    for word, aff in SERVICE_AFFIL.items():
        extra = {"join": "unnamed"} if word in INTELLIGENCE else {}
        rows.add(word, f"grammar.mul.service.{slug(translit(word.lower()))}", "mul", "none", "",
                 attrs(**{"class": "service", "affiliation": aff, **extra}), word)
    rows.comment("     the whole forces name a numbered phrase's country, tagged apart (join=apart), full names only before")
    rows.comment("     the formation's quoted name (join=named)")
    for word, aff in FORCES_AFFIL.items():
        rows.add(word, f"grammar.mul.service.{slug(translit(word.lower()))}", "mul", "none", "",
                 attrs(**{"class": "service", "affiliation": aff, "join": "apart"}), word)
    for lang, word, aff in SERVICE_NAMES:
        rows.add(word, f"grammar.{lang}.service.{slug(translit(word.lower()))}", lang, "none", "",
                 attrs(**{"class": "service", "affiliation": aff, "join": "named"}), word)


def abbreviations(rows):
    rows.comment("---- ABBR: type abbreviations, for SEP BRANCH TYPE QUAL at once (3 ОШБр, 47-мої ОМБр, 1 мсд)")
    seen = set()
    for ab, t, _g, flags in ABBREVS:
        lang = "ru" if ab[0].islower() else "mul"
        aff = "ru" if ab[0].islower() or ab in ("ОА", "ОВА", "ТА", "ГвТА", "АК") else "ua"
        seen.add(ab)
        # (an abbreviation that is a civil one too before a quoted name alone
        # needs military context, as корпус does: ТД «Укрпласт», a trading
        # house, торговий дім)
        rows.add(ab, f"grammar.{lang}.abbr.{slug(translit(ab.lower()))}", lang, "none", flags,
                 attrs(**{"class": "abbr", "type": t, "affiliation": aff,
                          "named": "amb" if "amb" in flags else ""}), t)
    for ab, t in NAMED_ABBREVS:
        if ab in seen:
            continue
        rows.add(ab, f"grammar.mul.abbr.{slug(translit(ab.lower()))}", "mul", "none", "",
                 attrs(**{"class": "abbr", "type": t, "number": "no"}), t)
    for ab, t in EN_ABBREVS:
        rows.add(ab, f"grammar.en.abbr.{slug(ab.lower())}", "en", "none", "",
                 attrs(**{"class": "abbr", "type": t}), t)


def numbers(rows):
    rows.comment("---- ORD, CARD: ordinal words (value=) and the cardinals before them (сорок седьмая)")
    for word, v in ORD_RU:
        rows.add(word, f"grammar.ru.ord.{v}", "ru", "adj", "", attrs(**{"class": "ord", "value": v}), str(v))
    for word in THIRD_RU_FORMS:
        rows.add(word, "grammar.ru.ord.3", "ru", "none", "", attrs(**{"class": "ord", "value": 3}), "3")
    for word, v in ORD_UK:
        rows.add(word, f"grammar.uk.ord.{v}", "uk", "adj", "", attrs(**{"class": "ord", "value": v}), str(v))
    for word in SECOND_UK_FORMS:
        rows.add(word, "grammar.uk.ord.2", "uk", "none", "", attrs(**{"class": "ord", "value": 2}), "2")
    for v, word in enumerate(ORD_WORDS_EN, 1):
        rows.add(word, f"grammar.en.ord.{v}", "en", "none", "cap", attrs(**{"class": "ord", "value": v}), str(v))
    for lang, table in (("ru", CARD_RU), ("uk", CARD_UK)):
        for word, v in table:
            rows.add(word, f"grammar.{lang}.card.{v}", lang, "none", "", attrs(**{"class": "card", "value": v}),
                     str(v))


def honor_and_gov(rows):
    rows.comment("---- HONOR: an honorific name follows (імені Лицарів Зимового походу, им. Арсена Павлова, named after King Danylo)")
    for lang, word in (("ru", "имени"), ("ru", "им."), ("uk", "імені"), ("uk", "ім."), ("en", "named after")):
        rows.add(word, f"grammar.{lang}.honor", lang, "none", "", attrs(**{"class": "honor"}), "named after")
    rows.comment("---- GOV: nouns that make a bare number before a noun an ordinal (бойцы 22 бригады)")
    for lang, words in (("ru", GOV_RU), ("uk", GOV_UK)):
        for word in words:
            rows.add(word, f"grammar.{lang}.gov", lang, "none", "", attrs(**{"class": "gov"}), "governor")


def nations(rows):
    rows.comment("---- NATION: a country's adjective before a phrase says whose formation it is (for links)")
    for aff, en, ru, uk in NATIONS:
        for word in en:
            rows.add(word, f"grammar.en.nation.{aff}", "en", "none", "",
                     attrs(**{"class": "nation", "affiliation": aff}), aff)
        rows.add(ru, f"grammar.ru.nation.{aff}", "ru", "adj", "", attrs(**{"class": "nation", "affiliation": aff}), aff)
        rows.add(uk, f"grammar.uk.nation.{aff}", "uk", "adj", "", attrs(**{"class": "nation", "affiliation": aff}), aff)


def plain(rows):
    rows.comment("---- plain unit rows: type abbreviations alone (бойцы ДШБ, БрОП)")
    for ab, t in BARE_ABBREVS:
        rows.add(ab, "unit.pattern." + slug(t), "mul", "none", "", "type=" + t, t, "unit")
    rows.comment("---- plain unit rows: military unit numbers (в/ч 12345, в/ч А0536, military unit 12345)")
    for term, lang, spec in [
        ("в/ч {num}", "ru", "none"), ("в/ч (А|A){num}", "mul", "none"),
        ("в.ч. {num}", "ru", "none"), ("ВЧ {num}", "ru", "none"),
        ("войсковая часть {num}", "ru", "adj f -"), ("воинская часть {num}", "ru", "adj f -"),
        ("войсковая часть (А|A){num}", "ru", "adj f - -"),
        ("військова частина {num}", "uk", "adj f -"), ("військова частина (А|A){num}", "uk", "adj f - -"),
        ("полевая почта {num}", "ru", "adj f -"), ("польова пошта (В|B){num}", "uk", "adj f - -"),
        ("unit no. {num}", "en", "none"), ("military unit no. {num}", "en", "none"),
        ("military unit {num}", "en", "none"), ("military unit (A|А){num}", "en", "none"),
        ("military unit number {num}", "en", "none"), ("unit number {num}", "en", "none"),
    ]:
        rows.add(term, "unit.pattern.military-unit-number", lang, spec, "", "type=military unit number",
                 "military unit number", "unit")
    # "unit" before a number is a military unit's number as the press writes the
    # GRU's (Unit 29155, GRU unit 26165; gk) in military context only (`amb`), and the
    # library takes no number of fewer than five digits for it (Russia's numbers have
    # five: lexicon-facts.md §4.1): Unit 2 of a nuclear plant, a flat's unit 10
    rows.add("Unit {num}", "unit.pattern.military-unit-number", "en", "none", "amb", "", "", "unit")
    named_abbrev_names(rows)


# The Latin abbreviations that English text writes before a Russian
# formation's name (PMC Wagner, DShRG Rusich): Cyrillic type abbreviation ->
# Latin ones.
LATIN_ABBREVS = {"ЧВК": ["PMC", "ChVK"], "ПВК": ["PMC"], "ДШРГ": ["DShRG"], "ОМОН": ["OMON"],
                 "СОБР": ["SOBR"]}


def named_abbrev_names(rows):
    """In English, a Latin type abbreviation before a Russian formation's
    name is one unit with it, as ЧВК Вагнер is (the library lets a row that
    quotes its name after an abbreviation in capitals match the name
    unquoted, ЧВК «Вагнер» -> ЧВК Вагнер; the held-out gold's «ЧВК Вагнер»,
    DShRG Rusich): for every unit of data/src/units.tsv with a row
    `ABBR «Name»` (ЧВК, ДШРГ, ОМОН, СОБР), the rows `PMC Name`, `DShRG
    Name`, ... for each one-word English name of the unit and the name of
    its `Name PMC` row."""
    import re
    src = ROOT / "data" / "src" / "units.tsv"
    table = [line.split("\t") for line in src.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#") and not line.startswith("term\t")]
    by_id = {}
    for r in table:
        if len(r) >= 7 and r[1] == "unit":
            by_id.setdefault(r[2], []).append(r)
    rows.comment("---- plain unit rows: a Latin type abbreviation before a unit's name (PMC Redut, DShRG Rusich)")
    for ident, rs in by_id.items():
        have = {o[0].lower() for o in rs}
        latin = []
        for r in rs:
            m = re.fullmatch(r"(\S+) «([^»]+)»", r[0])
            if m:
                latin += [lat for lat in LATIN_ABBREVS.get(m.group(1), []) if lat not in latin]
        names = []
        for o in rs:
            t = o[0]
            # (a name, not the members' nickname: Wagnerites)
            if o[4] == "en" and re.fullmatch(r"[A-Z][a-z]+(-[A-Z0-9][a-z0-9]*)?", t) and not t.endswith("ites"):
                names.append(t)
            m = re.fullmatch(r"([A-Z][a-z]+) PMC", t)
            if m:
                names.append(m.group(1))
        for lat in latin:
            for n in dict.fromkeys(names):
                if f"{lat} {n}".lower() not in have:
                    rows.add(f"{lat} {n}", ident, "en", "none", "", "", "", "unit")


# The Soviet Army's fronts of 1943-1945 that carry a region's name and a
# number (general knowledge: the fronts of the Great Patriotic War, the
# Red Army's order of battle): (name key, numbers, English spellings,
# Russian adjective, Ukrainian adjective).
SOVIET_FRONTS = [
    ("ukrainian", (1, 2, 3, 4), ["Ukrainian"], "Украинский", "Український"),
    ("belorussian", (1, 2, 3), ["Belorussian", "Byelorussian", "Belarusian"], "Белорусский", "Білоруський"),
    ("baltic", (1, 2, 3), ["Baltic"], "Прибалтийский", "Прибалтійський"),
]
EN_ORD = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}
EN_ORD_WORD = {1: "First", 2: "Second", 3: "Third", 4: "Fourth"}


def fronts(rows):
    rows.comment("---- plain unit rows: the Soviet fronts of 1943-1945 (1st Ukrainian Front, 1-й Украинский фронт)")
    for key, numbers, en, ru, uk in SOVIET_FRONTS:
        for n in numbers:
            ident = f"unit.su-{n}-{key}-front"
            label = f"{EN_ORD[n]} {en[0]} Front"
            a = attrs(affiliation="su", type="front", number=str(n), source="gk")
            for spelling in en:
                rows.add(f"{EN_ORD[n]} {spelling} Front", ident, "en", "none", "", a, label, "unit")
                rows.add(f"{EN_ORD_WORD[n]} {spelling} Front", ident, "en", "none", "", a, label, "unit")
            rows.add(f"{n} {ru} фронт", ident, "ru", "ord adj m", "", a, label, "unit")
            rows.add(f"{n} {uk} фронт", ident, "uk", "ord adj m", "", a, label, "unit")


def generate():
    rows = Rows()
    rows.comment("GENERATED by data/gen/units_grammar.py: edit the generator, not this file.")
    rows.comment("The words of the formation grammar of issue 13 (docs/lexicon.md \"The formation grammar\",")
    rows.comment("docs/units-and-slang.md).  Sources: ../shared/data/reference/lexicon-facts.md §4.1-4.3")
    rows.comment("(S24, S31-S39) for the type words, branches and abbreviations; the rest is the standard")
    rows.comment("military vocabulary of Russian and Ukrainian (general knowledge, [unv] in the notes' terms).")
    types(rows)
    branches(rows)
    quals(rows)
    modifiers(rows)
    abbreviations(rows)
    numbers(rows)
    honor_and_gov(rows)
    nations(rows)
    plain(rows)
    fronts(rows)
    return HEADER + "\n" + "\n".join(rows.rows) + "\n"


def main(argv):
    out = OUT
    if "--output" in argv:
        out = Path(argv[argv.index("--output") + 1])
    text = generate()
    if "--check" in argv:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is stale: run data/gen/units_grammar.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
