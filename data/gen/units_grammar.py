#!/usr/bin/env python3
"""Generate data/src/units-grammar-generated.tsv: the formation grammar.

usage: units_grammar.py [--check] [--output FILE]

The numbered-formation grammar of issue 13 written out in the pattern
language of docs/lexicon.md ({num}, [optional], (a|b), {name}, inflection
specs).  A formation phrase is

    NUMBER [SEPARATE] [GUARDS] [BRANCH] TYPE [QUALIFIER] [«NAME»]

in Russian and Ukrainian (every case of the singular; NUMBER is digits with
or without an agreeing ordinal ending, or an ordinal word "третья"/"третя"
before a branch adjective), and

    NUMBER(st|nd|rd|th) [Separate|Independent] [Guards] [BRANCH] TYPE
    NUMBER [BRANCH] TYPE              (British style: "16 Air Assault Brigade")
    (First|...|Tenth) [Separate] [Guards] BRANCH TYPE
    TYPE NUMBER                       ("Brigade 153", needs context)
    NUMBER(st|nd|rd|th) (Mech|Assault|Airborne|...)   ("the 47th Mech")

in English; type abbreviations (3 ОШБр, 1 мсд, 15 тп, 47 ОМБр, 155-я ОБрМП)
with or without the ordinal ending; military unit numbers (в/ч 12345,
military unit 12345); a type word followed by a quoted name (батальон
«Спарта», Полк ССО «Азов», ОРБ «Спарта»).

Every table below is hand-written from the reference notes
(../shared/data/reference/lexicon-facts.md §4.1-4.3, sources S24, S31-S39)
and general knowledge of the Russian and Ukrainian military vocabulary; the
tables say which type words take which modifiers, so that the grammar does
not produce phrases nobody writes (the image stays small: see the figures
that --stats prints and docs/units-and-slang.md).

Each row's id is unit.pattern.<type>; its attributes carry type= (the
engine adds number= and name=).  Rows for specific formations (the 155th
Naval Infantry Brigade) stay hand-written in data/src/units.tsv: a specific
row wins over a pattern that matches the same span.

With --check nothing is written: the exit status is 1 when the generated
file differs from what this script produces.
"""
import re
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
    "art-battalion": ("artillery battalion", ("дивизион", "m"), ("дивізіон", "m"), [], None),
    "company": ("company", ("рота", "f"), ("рота", "f"), ["Company", "Rota"], ""),
    "battery": ("battery", ("батарея", "f"), ("батарея", "f"), ["Battery"], None),
    "platoon": ("platoon", ("взвод", "m"), ("взвод", "m"), ["Platoon"], ""),
    "detachment": ("detachment", ("отряд", "m"), ("загін", "m"), ["Detachment"], "amb"),
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
    ("territorial defence", ["территориальной обороны", "ТрО", "теробороны"],
     ["територіальної оборони", "ТрО", "тероборони"],
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
                ("ОБрТрО", "territorial defence brigade"), ("ОГШБр", "mountain assault brigade")]

# English type abbreviations after an ordinal (the 20th CAA, 1st GTA).
EN_ABBREVS = [("CAA", "combined arms army"), ("MRB", "motor rifle brigade"),
              ("MRD", "motor rifle division"), ("MRR", "motor rifle regiment"),
              ("GTA", "tank army"), ("AC", "army corps"), ("BTG", "battalion tactical group"),
              ("OMBr", "mechanized brigade"), ("OShBr", "assault brigade"), ("ODShBr", "air assault brigade"),
              ("OBrMP", "naval infantry brigade"), ("SAB", "assault brigade"), ("SMB", "mechanized brigade")]

# "the 47th Mech", "3rd Assault": an ordinal and the branch alone.
EN_SHORT = [("Mech", "mechanized brigade", ""), ("Mechanized", "mechanized brigade", ""),
            ("Mechanised", "mechanized brigade", ""), ("Assault", "assault brigade", "amb"),
            ("Air Assault", "air assault brigade", ""), ("Airborne", "airborne", ""),
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
            ("легион", "m", "legion", ""), ("дивизион", "m", "artillery battalion", ""),
            ("интербригада", "f", "international brigade", ""), ("сотня", "f", "company", "amb")]
# (Ukrainian "бригада «X»" is a military brigade: civilian crews are not
# named in quotes there.)
NAMED_UK = [("батальйон", "m", "battalion", ""), ("полк", "m", "regiment", ""),
            ("бригада", "f", "brigade", ""), ("загін", "m", "detachment", "amb"),
            ("рота", "f", "company", ""), ("дивізія", "f", "division", ""),
            ("корпус", "m", "corps", "amb"), ("підрозділ", "m", "unit", "amb"),
            ("спецпідрозділ", "m", "special forces", ""), ("група", "f", "group", "amb"),
            ("угруповання", "n", "grouping of forces", "amb"), ("легіон", "m", "legion", ""),
            ("дивізіон", "m", "artillery battalion", ""), ("сотня", "f", "company", "amb")]
NAMED_MULTI = [  # several words before the name: (ru or uk, term, spec, type, flags)
    ("ru", "тактическая группа", "adj f", "tactical group", ""),
    ("uk", "тактична група", "adj f", "tactical group", ""),
    ("ru", "штурмовой отряд", "adj m", "assault detachment", ""),
    ("uk", "штурмовий загін", "adj m", "assault detachment", ""),
    ("ru", "группировка войск", "f -", "grouping of forces", ""),
    ("uk", "угруповання військ", "n -", "grouping of forces", ""),
    ("ru", "оперативное командование", "adj n", "operational command", ""),
    ("uk", "оперативне командування", "adj n", "operational command", ""),
    ("ru", "оперативно-стратегическая группировка войск", "- adj f -", "operational-strategic group", ""),
    ("uk", "оперативно-стратегічне угруповання військ", "- adj n -", "operational-strategic group", ""),
    ("ru", "частная военная компания", "adj adj f", "pmc", ""),
    ("uk", "приватна військова компанія", "adj adj f", "pmc", ""),
    ("ru", "добровольческий батальон", "adj m", "volunteer battalion", ""),
    ("uk", "добровольчий батальйон", "adj m", "volunteer battalion", ""),
    ("ru", "добровольческий отряд", "adj m", "volunteer detachment", ""),
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
                 ("ШО", "assault detachment"), ("БТГр", "battalion tactical group"), ("БТГ", "battalion tactical group")]
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


def token_count(phrase):
    return len(invariant_spec(phrase))


def noun_spec(noun):
    return noun[1]


def slug(s):
    return s.replace(" ", "-").replace("'", "")


def base_variant(term):
    out = re.sub(r"\(([^|)]*)\|[^)]*\)", r"\1", term)
    out = out.replace("[", "").replace("]", "")
    return out.lower().replace("ё", "е")


def rotate_last_group(term):
    groups = list(re.finditer(r"\(([^)]*\|[^)]*)\)", term))
    if not groups:
        return term
    g = groups[-1]
    alts = g.group(1).split("|")
    alts = alts[1:] + alts[:1]
    return term[:g.start()] + "(" + "|".join(alts) + ")" + term[g.end():]


class Rows:
    def __init__(self):
        self.rows = []
        self.seen = set()
        self.bases = set()
        self.labelled = set()
        self.comment_buf = []

    def comment(self, text):
        self.rows.append("# " + text)

    def add(self, term, type_, lang, spec, flags="", idtype=None):
        pid = "unit.pattern." + slug(idtype or type_)
        key = (term, pid)
        if key in self.seen:
            return
        self.seen.add(key)
        # The compiler reports a duplicate when the first variant of a row
        # (first alternatives, optional words present) is the same term as
        # another row's of the id: rotate the alternatives until it is not.
        for _ in range(8):
            base = (pid, base_variant(term))
            if base not in self.bases:
                break
            term = rotate_last_group(term)
        self.bases.add(base)
        label, attrs = "", ""
        if pid not in self.labelled:
            self.labelled.add(pid)
            label = type_
            attrs = "type=" + type_
        self.rows.append("\t".join([term, "unit", pid, label, lang, spec, flags, attrs]))


# Which type nouns take the honorifics SEPARATE (отдельная, окрема) and
# GUARDS (гвардейская, гвардійська): companies, platoons and batteries are
# never "guards", armies and corps never "separate" in current usage.
SEPARATE_NOUNS = {"brigade", "regiment", "battalion", "company", "detachment", "art-battalion",
                  "battery", "squadron", "platoon"}
GUARDS_NOUNS = {"army", "corps", "division", "brigade", "regiment", "battalion", "art-battalion"}


# Branches of guards formations (Russian and Soviet: Ukraine dropped the
# title in 2016); other branches take SEPARATE only.
GUARDS_BRANCHES = {None, "motor rifle", "tank", "air assault", "airborne", "parachute", "combined arms",
                   "army", "artillery", "rocket artillery", "missile", "anti-aircraft missile", "engineer",
                   "spetsnaz", "naval infantry", "reconnaissance", "rifle", "mechanized", "cavalry",
                   "mountain", "arctic motor rifle", "coastal defence"}


def opt_words(lang, gender, key=None, branch=None):
    """The optional SEPARATE and GUARDS words of a noun as pattern text,
    each with its spec words: "[отдельная] [гвардейская] ", ["adj", "adj"]."""
    gender = gender[0]
    if lang == "ru":
        sep, gds = ru_agree("отдельный", gender), ru_agree("гвардейский", gender)
    else:
        sep, gds = uk_agree("окремий", gender), uk_agree("гвардійський", gender)
    text, spec = "", []
    if key is None or key in SEPARATE_NOUNS:
        text += f"[{sep}] "
        spec.append("adj")
    if (key is None or key in GUARDS_NOUNS) and branch in GUARDS_BRANCHES:
        text += f"[{gds}] "
        spec.append("adj")
    return text, spec


def alt(words):
    return words[0] if len(words) == 1 else "(" + "|".join(words) + ")"


def group_by_count(phrases):
    """Phrases grouped by the spec of their words (the alternatives of a
    group share the inflection spec, so they must have the same words and
    hyphens)."""
    g = {}
    for p in phrases:
        g.setdefault(" ".join(words_spec(p, "w")), []).append(p)
    return [g[k] for k in sorted(g)]


# ---------------------------------------------------------------- grammar


def branch_groups(lang, key, gender, only=None):
    """The branch adjectives a noun takes, agreed with it, grouped by spec:
    [(type prefix, [forms], [spec words])]."""
    out = []
    for btype, bru, buk, _ben, nouns in BRANCHES:
        if key not in nouns or (only is not None and btype not in only):
            continue
        forms = bru if lang == "ru" else buk
        for groupf in group_by_count([agree(lang, a, gender) for a in forms]):
            out.append((btype, groupf, words_spec(groupf[0], "adj")))
    return out


def noun_of(lang, key):
    """label, noun, its inflection spec (m, f, m+u: в полку), bare flag."""
    label, ru, uk, _en, bare = NOUNS[key]
    noun, g = ru if lang == "ru" else uk
    return label, noun, g, bare


# Branches and nouns that ordinal words combine with (Третя окрема штурмова
# бригада, Первая гвардейская танковая армия): the common named cases only,
# each ordinal word multiplies the forms of its row by ten.
ORD_WORD_BRANCHES = {"assault", "tank", "mechanized", "motor rifle", "air assault", "airborne",
                     "mountain assault", "presidential", "combined arms", "army", "infantry", "rifle"}
ORD_WORD_NOUNS = ("army", "corps", "brigade")


def cyrillic(rows):
    for lang in ("ru", "uk"):
        services = SERVICES_RU if lang == "ru" else SERVICES_UK
        rows.comment(f"---- {lang}: NUMBER [SEPARATE] [GUARDS] [BRANCH] TYPE (every case of the singular)")
        for key in NOUNS:
            label, noun, g, bare = noun_of(lang, key)
            opt, ospec = opt_words(lang, g, key)
            if bare is not None:
                rows.add(f"{{num}} {opt}{noun}", label, lang, " ".join(["ord"] + ospec + [g]), bare)
            for btype, forms, bspec in branch_groups(lang, key, g):
                opt, ospec = opt_words(lang, g, key, btype)
                rows.add(f"{{num}} {opt}{alt(forms)} {noun}", f"{btype} {label}", lang,
                         " ".join(["ord"] + ospec + bspec + [g]))
        if lang == "ru":
            # The locative "в полку": the engine makes -у only for a lone noun
            # (в Крыму), so the phrase is written out in that one case.
            rows.comment("---- ru: the locative of полк (в 70-м мотострелковом полку)")
            groups = [("regiment", [])] + [(b[0], [ru_prep(a) for a in b[1]]) for b in BRANCHES
                                           if "regiment" in b[4]]
            for btype, forms in groups:
                label = f"{btype} regiment" if btype != "regiment" else "regiment"
                br = f" {alt(forms)}" if forms else ""
                rows.add(f"{{num}}(м|ом|) [отдельном] [гвардейском]{br} полку", label, "ru", "none")
        rows.comment(f"---- {lang}: compound type nouns (мехкорпус, артбригада)")
        for label, ru, uk in COMPOUNDS:
            noun, g = ru if lang == "ru" else uk
            opt, ospec = opt_words(lang, g, "corps" if "corps" in label else "brigade")
            rows.add(f"{{num}} {opt}{noun}", label, lang, " ".join(["ord"] + ospec + [g]))
        rows.comment(f"---- {lang}: NUMBER [SEPARATE] [GUARDS] TYPE QUALIFIER (бригада морской пехоты, 7 корпус ДШВ)")
        for qtype, qru, quk, _qen, nouns in QUALIFIERS:
            for key in nouns:
                label, noun, g, _bare = noun_of(lang, key)
                opt, ospec = opt_words(lang, g, key, qtype)
                for groupq in group_by_count(qru if lang == "ru" else quk):
                    rows.add(f"{{num}} {opt}{noun} {alt(groupq)}", f"{qtype} {label}", lang,
                             " ".join(["ord"] + ospec + [g] + invariant_spec(groupq[0])))
        for key in SERVICE_NOUNS:
            label, noun, g, _bare = noun_of(lang, key)
            opt, ospec = opt_words(lang, g, key)
            rows.add(f"{{num}} {opt}{noun} {alt(services)}", label, lang, " ".join(["ord"] + ospec + [g, "-"]))
        # "бригада спеціального призначення НГУ", "бригада оперативного призначення НГУ"
        for qtype in ("spetsnaz", "operational"):
            q = [x for x in QUALIFIERS if x[0] == qtype][0]
            for key in ("brigade",):
                label, noun, g, _bare = noun_of(lang, key)
                opt, ospec = opt_words(lang, g, key, qtype)
                full = (q[1] if lang == "ru" else q[2])[0]
                rows.add(f"{{num}} {opt}{noun} {full} {alt(services)}", f"{qtype} {label}", lang,
                         " ".join(["ord"] + ospec + [g] + invariant_spec(full) + ["-"]))
        rows.comment(f"---- {lang}: a one-digit number before a case form that no count takes "
                     "(7 корпусу ДШВ, 3 роті); the engine's bare number needs two digits")
        oblique = ONE_DIGIT_RU if lang == "ru" else ONE_DIGIT_UK
        for key, forms in oblique.items():
            label = NOUNS[key][0]
            rows.add(f"{{num}} {alt(forms)}", label, lang, "none", "amb" if key == "corps" else "")
            if key in SERVICE_NOUNS:
                rows.add(f"{{num}} {alt(forms)} {alt(services)}", label, lang, "none")
        rows.comment(f"---- {lang}: ordinal words before a branch (Третья отдельная штурмовая бригада)")
        for key in ORD_WORD_NOUNS:
            label, noun, g, _bare = noun_of(lang, key)
            opt, ospec = opt_words(lang, g, key)
            if lang == "ru":
                words = (ORD_WORDS_RU_F if g == "f" else ORD_WORDS_RU_M)[:4]
                third = THIRD_RU[g]
            else:
                words = (ORD_WORDS_UK_F if g == "f" else ORD_WORDS_UK_M)[:5]
                third = None
            for btype, forms, bspec in branch_groups(lang, key, g, ORD_WORD_BRANCHES):
                opt, ospec = opt_words(lang, g, key, btype)
                rows.add(f"{alt(words)} {opt}{alt(forms)} {noun}", f"{btype} {label}", lang,
                         " ".join(["adj"] + ospec + bspec + [g]))
                if third:
                    rows.add(f"{third} {opt}{alt(forms)} {noun}", f"{btype} {label}", lang,
                             " ".join(["-"] + ospec + bspec + [g]))
        rows.comment(f"---- {lang}: the guards abbreviation (2-я гв. танковая армия)")
        for key in ("army", "corps", "division", "brigade", "regiment"):
            label, noun, g, _bare = noun_of(lang, key)
            for btype, forms, bspec in branch_groups(lang, key, g, GUARDS_BRANCHES):
                rows.add(f"{{num}} гв. {alt(forms)} {noun}", f"{btype} {label}", lang,
                         " ".join(["ord", "-"] + bspec + [g]))
        rows.comment(f"---- {lang}: unnumbered plural uses with the territorial defence or a service (бригад ТрО, батальоны НГУ)")
        for key in ("brigade", "battalion", "regiment", "company", "detachment"):
            label, noun, g, _bare = noun_of(lang, key)
            quals = (["ТрО", "теробороны", "территориальной обороны"] if lang == "ru"
                     else ["ТрО", "тероборони", "територіальної оборони"])
            if key not in ("brigade", "battalion", "company"):
                quals = []
            quals += ["НГУ", "ССО", "ДШВ", "ГУР"] + (["ВДВ"] if lang == "ru" else [])
            pl = PLURALS[lang][key]
            for groupq in group_by_count(quals):
                rows.add(f"{pl} {alt(groupq)}", label, lang, " ".join(["pl"] + invariant_spec(groupq[0])))


# Singular case forms that no count governs after a one-digit number: dative,
# instrumental, prepositional (Russian), and the Ukrainian genitive of
# masculine nouns (корпусу; a count takes корпуси, корпусів).
ONE_DIGIT_RU = {
    "corps": ["корпусе", "корпусу", "корпусом"],
    "regiment": ["полке", "полку", "полком"],
    "battalion": ["батальоне", "батальону", "батальоном"],
    "brigade": ["бригаде", "бригадой"],
    "company": ["роте", "ротой"],
    "platoon": ["взводе", "взводу", "взводом"],
    "division": ["дивизии", "дивизией"],
    "army": ["армии", "армией"],
}
# (the first form of each list differs from the Russian one: it names the row)
ONE_DIGIT_UK = {
    "corps": ["корпусі", "корпусу", "корпусові", "корпусом"],
    "regiment": ["полкові", "полку", "полком"],
    "battalion": ["батальйоні", "батальйону", "батальйонові", "батальйоном"],
    "brigade": ["бригаді", "бригадою"],
    "company": ["роті", "ротою"],
    "platoon": ["взводі", "взводу", "взводові", "взводом"],
    "division": ["дивізією"],
    "army": ["армією"],
}
PLURALS = {
    "ru": {"brigade": "бригады", "battalion": "батальоны", "regiment": "полки", "company": "роты",
           "detachment": "отряды", "division": "дивизии"},
    "uk": {"brigade": "бригади", "battalion": "батальйони", "regiment": "полки", "company": "роти",
           "detachment": "загони", "division": "дивізії"},
}


def english(rows):
    rows.comment("---- en: NUMBER(st|nd|rd|th) [Separate] [Guards] [BRANCH] TYPE")
    suffix = "{num}(st|nd|rd|th)"
    branches = [(b[0], b[3], b[4]) for b in BRANCHES if b[3]]
    branches += [(q[0], q[3], q[4]) for q in QUALIFIERS if q[3]]
    for key, (label, _ru, _uk, en, bare) in NOUNS.items():
        if not en:
            continue
        nouns = alt(en)
        if bare is not None:
            rows.add(f"{suffix} [Separate] [Guards] {nouns}", label, "en", "none", "amb" if key == "company" else "")
        for btype, ben, bnouns in branches:
            if key not in bnouns:
                continue
            rows.add(f"{suffix} [Separate] [Guards] {alt(ben)} {nouns}", f"{btype} {label}", "en", "none")
            # word-numbered (Third Assault Brigade): capital required
            if key in ORD_WORD_NOUNS and btype in ORD_WORD_BRANCHES:
                rows.add(f"{alt(ORD_WORDS_EN)} [Separate] [Guards] {alt(ben)} {nouns}", f"{btype} {label}", "en",
                         "none", "cap")
            if key in ("brigade", "division", "regiment", "battalion"):
                # British usage: "16 Air Assault Brigade", "7 Armoured Brigade"
                rows.add(f"{{num}} {alt(ben)} {nouns}", f"{btype} {label}", "en", "none")
        if key in ("brigade", "division", "battalion", "regiment"):
            # "16 Brigade": British usage; "Division 1" is also a sports league
            rows.add(f"{{num}} {nouns}", label, "en", "none", "amb" if key == "division" else "")
        if key in ("brigade", "battalion", "regiment"):
            # "Brigade 153", "Battalion 107" (no civilian sense with a number)
            rows.add(f"{nouns} {{num}}", label, "en", "none")
    rows.add(f"{suffix} Guards Army", "army", "en", "none")
    rows.add(f"{suffix} Army Corps", "army corps", "en", "none")
    rows.add(f"{suffix} Guards Tank Army", "tank army", "en", "none")
    rows.comment("---- en: abbreviations and short forms (20th CAA, the 47th Mech, 3rd Assault)")
    for ab, t in EN_ABBREVS:
        rows.add(f"{suffix} [Guards] {ab}", t, "en", "none")
    for short, t, flags in EN_SHORT:
        rows.add(f"{suffix} [Separate] {short}", t, "en", "none", flags)
    rows.comment("---- en: military unit numbers")
    for term in ("unit no. {num}", "military unit no. {num}", "military unit {num}",
                 "military unit (A|А){num}", "military unit number {num}", "unit number {num}"):
        rows.add(term, "military unit number", "en", "none")


def abbreviations(rows):
    rows.comment("---- NUMBER ABBREVIATION (3 ОШБр, 47-ма ОМБр, 1 мсд, 15 тп): the ending agrees with any gender")
    endings_f = "(я|ю|ая|ую|а|ша|га|тя|та|ма|ка|ва|ї|ої|ій|й|ой|у|шу|гу|тю|ту|му|ку|ою|тої|тьої|шої|гої|мої|кої|тій|шій|гій|мій|кій)"
    endings_m = "(й|ый|ий|ій|го|ого|му|ому|м|ым|ом|им|ший|гий|тій|тий|мий|шого|гого|того|тього|мого)"
    for ab, t, g, flags in ABBREVS:
        lang = "ru" if ab[0].islower() else "mul"
        # any number, one digit too (1 мсд): the engine's ord would ask two
        # digits before a lower-case abbreviation, which it takes for a word
        rows.add(f"{{num}} {ab}", t, lang, "none", flags)
        ends = endings_f if g == "f" else endings_m
        rows.add(f"{{num}}{ends} {ab}", t, lang, "none", flags)
    for ab in GUARDS_ABBREVS:
        t = [a for a in ABBREVS if a[0] == ab][0][1]
        g = [a for a in ABBREVS if a[0] == ab][0][2]
        lang = "ru" if ab[0].islower() else "mul"
        rows.add(f"{{num}} гв. {ab}", t, lang, "none")
        rows.add(f"{{num}}{endings_f if g == 'f' else endings_m} гв. {ab}", t, lang, "none")
    rows.add("{num} ГвТА", "tank army", "ru", "none")
    rows.comment("---- bare type abbreviations (бойцы ДШБ, БрОП)")
    for ab, t in BARE_ABBREVS:
        rows.add(ab, t, "mul", "none")
    rows.comment("---- military unit numbers (в/ч 12345, в/ч А0536, войсковая часть, воинская часть)")
    for term, lang, spec in [
        ("в/ч {num}", "ru", "none"), ("в/ч (А|A){num}", "mul", "none"),
        ("в.ч. {num}", "ru", "none"), ("ВЧ {num}", "ru", "none"),
        ("войсковая часть {num}", "ru", "adj f -"), ("воинская часть {num}", "ru", "adj f -"),
        ("войсковая часть (А|A){num}", "ru", "adj f - -"),
        ("військова частина {num}", "uk", "adj f -"), ("військова частина (А|A){num}", "uk", "adj f - -"),
        ("полевая почта {num}", "ru", "adj f -"), ("польова пошта (В|B){num}", "uk", "adj f - -"),
    ]:
        rows.add(term, "military unit number", lang, spec)


# Branches whose numbered formations carry quoted names (80-й отдельный
# разведывательный батальон «Спарта», 24 окремий штурмовий батальйон
# «Айдар»); a {name} slot triples a row's forms (one to three words).
NAMED_BRANCHES = {"assault", "reconnaissance", "special", "volunteer"}
NAMED_NOUNS = ("battalion", "regiment", "brigade", "detachment")


def named(rows):
    rows.comment("---- TYPE «NAME»: a type word directly followed by a quoted name (eval conventions)")
    for lang, table in (("ru", NAMED_RU), ("uk", NAMED_UK)):
        for noun, g, t, flags in table:
            rows.add(f"{noun} «{{name}}»", t, lang, f"{g} -", flags, idtype="named " + t)
    for lang, term, spec, t, flags in NAMED_MULTI:
        rows.add(f"{term} «{{name}}»", t, lang, spec + " -", flags, idtype="named " + t)
    rows.comment("---- NUMBER ... TYPE «NAME» (80-й отдельный разведывательный батальон «Спарта»)")
    for lang in ("ru", "uk"):
        services = SERVICES_RU if lang == "ru" else SERVICES_UK
        for key in NAMED_NOUNS:
            label, noun, g, _bare = noun_of(lang, key)
            opt, ospec = opt_words(lang, g, key)
            rows.add(f"{{num}} {opt}{noun} «{{name}}»", label, lang, " ".join(["ord"] + ospec + [g, "-"]),
                     idtype="named " + label)
            for btype, forms, bspec in branch_groups(lang, key, g, NAMED_BRANCHES):
                opt, ospec = opt_words(lang, g, key, btype)
                rows.add(f"{{num}} {opt}{alt(forms)} {noun} «{{name}}»", f"{btype} {label}", lang,
                         " ".join(["ord"] + ospec + bspec + [g, "-"]), idtype="named " + label)
                # unnumbered: "штурмовая бригада «Ветераны»"
                rows.add(f"{alt(forms)} {noun} «{{name}}»", f"{btype} {label}", lang,
                         " ".join(bspec + [g, "-"]), idtype="named " + label)
            if key in SERVICE_NOUNS:
                rows.add(f"{noun} {alt(services)} «{{name}}»", label, lang, f"{g} - -", idtype="named " + label)
        for qtype, qru, quk, _qen, nouns in QUALIFIERS:
            if qtype not in ("spetsnaz", "operational", "territorial defence", "naval infantry", "unmanned systems"):
                continue
            for key in nouns:
                if key not in NAMED_NOUNS:
                    continue
                label, noun, g, _bare = noun_of(lang, key)
                opt, ospec = opt_words(lang, g, key, qtype)
                full = (qru if lang == "ru" else quk)[0]
                rows.add(f"{{num}} {opt}{noun} {full} «{{name}}»", f"{qtype} {label}", lang,
                         " ".join(["ord"] + ospec + [g] + invariant_spec(full) + ["-"]), idtype="named " + label)
                if qtype in ("spetsnaz", "operational") and key == "brigade":
                    rows.add(f"{{num}} {opt}{noun} {full} {alt(services)} «{{name}}»", f"{qtype} {label}", lang,
                             " ".join(["ord"] + ospec + [g] + invariant_spec(full) + ["-", "-"]),
                             idtype="named " + label)
                for groupq in group_by_count(qru if lang == "ru" else quk):
                    rows.add(f"{noun} {alt(groupq)} «{{name}}»", f"{qtype} {label}", lang,
                             " ".join([g] + invariant_spec(groupq[0]) + ["-"]), idtype="named " + label)
    rows.comment("---- ABBREVIATION «NAME» (ОРБ «Спарта», ОЗСП «Азов», ДШРГ «Русич»)")
    for ab, t in NAMED_ABBREVS:
        rows.add(f"{ab} «{{name}}»", t, "mul", "none", idtype="named " + t)
        rows.add(f"{{num}} {ab} «{{name}}»", t, "mul", "none", idtype="named " + t)
    rows.comment("---- en: TYPE «NAME» is whole (a quoted name before its type word is the name alone)")
    for noun in EN_NAMED_BEFORE:
        rows.add(f"{noun} «{{name}}»", "named unit", "en", "none", "amb")


# Regional honorific adjectives of Ukrainian brigades (Закарпатська S34,
# Маріупольська and Наддніпрянська S32/S45, the others by the same naming
# rule of 2018-2024: general knowledge).  Written in every case with the
# long ordinal endings of informal Ukrainian (17-тій, 47-мої), which the
# engine's ord does not make: one row per case, inflect none.
HONORIFICS_UK = ["Закарпатськ", "Маріупольськ", "Наддніпрянськ", "Полтавськ", "Слобожанськ",
                 "Чорноморськ", "Волинськ", "Галицьк", "Київськ", "Одеськ", "Харківськ",
                 "Житомирськ", "Буковинськ", "Подільськ", "Луганськ", "Донецьк", "Запорізьк",
                 "Херсонськ", "Сумськ", "Чернігівськ", "Львівськ", "Криворізьк", "Слов'янськ",
                 "Прикарпатськ", "Холодноярськ", "Вінницьк", "Черкаськ", "Кримськ", "Таврійськ"]
UK_F_CASES = [  # (number endings, окрема, adjective ending, бригада)
    ("(|а|та|тя|ма|ша|га|ка|ва)", "окрема", "а", "бригада"),
    ("(|ї|ої|тої|тьої|шої|гої|мої|кої|вої)", "окремої", "ої", "бригади"),
    ("(|й|ій|тій|шій|гій|мій|кій|вій)", "окремій", "ій", "бригаді"),
    ("(|у|ту|тю|му|шу|гу|ку|ву)", "окрему", "у", "бригаду"),
    ("(|ю|ою|тою|тьою|шою|гою|мою|кою|вою)", "окремою", "ою", "бригадою"),
]


def honorifics(rows):
    rows.comment("---- uk: NUMBER [окрема] HONORIFIC бригада, every case (17-тій Полтавській бригаді)")
    for ends, sep, adj, noun in UK_F_CASES:
        hons = "(" + "|".join(h + adj for h in HONORIFICS_UK) + ")"
        rows.add(f"{{num}}{ends} [{sep}] {hons} {noun}", "brigade", "uk", "none")


def generate():
    rows = Rows()
    rows.comment("GENERATED by data/gen/units_grammar.py: edit the generator, not this file.")
    rows.comment("The formation grammar of issue 13 (docs/units-and-slang.md, docs/units-grammar-spec.md).")
    rows.comment("Sources: ../shared/data/reference/lexicon-facts.md §4.1-4.3 (S24, S31-S39) for the")
    rows.comment("formation patterns, type words and abbreviations; the rest is the standard military")
    rows.comment("vocabulary of Russian and Ukrainian (general knowledge, [unv] in the notes' terms).")
    cyrillic(rows)
    abbreviations(rows)
    english(rows)
    honorifics(rows)
    named(rows)
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
