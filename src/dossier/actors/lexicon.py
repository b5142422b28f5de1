"""Word lists for actor phrases: titles of office, collective nouns for a state's bodies, and
the sectors they imply. Lower-case; matched against ``Token.lower_``.

Sectors follow PLOVER/CAMEO: GOV government (intelligence services included: CAMEO's SPY is
rarely coded and analysts group spies with the state), MIL military, COP police and security
forces, LEG legislature, JUD judiciary, MED media, OPP opposition, REB rebels and militants,
CVL civilians, LAB labour (workers, unions), BUS business, NGO non-governmental.
"""

from __future__ import annotations

# Heads of a title phrase ("deputy foreign MINISTER", "army CHIEF", "PRESIDENT").
TITLE_HEADS: dict[str, str] = {
    "president": "GOV", "minister": "GOV", "secretary": "GOV", "premier": "GOV",
    "chancellor": "GOV", "king": "GOV", "queen": "GOV", "emir": "GOV", "amir": "GOV",
    "sultan": "GOV", "prince": "GOV", "leader": "GOV", "spokesman": "GOV",
    "spokeswoman": "GOV", "spokesperson": "GOV", "ambassador": "GOV", "envoy": "GOV",
    "diplomat": "GOV", "negotiator": "GOV", "counterpart": "GOV", "adviser": "GOV",
    "advisor": "GOV", "governor": "GOV", "mayor": "GOV", "official": "GOV",
    "ayatollah": "GOV", "monarch": "GOV", "dictator": "GOV", "strongman": "GOV",
    "speaker": "LEG", "senator": "LEG", "lawmaker": "LEG", "legislator": "LEG", "mp": "LEG",
    "congressman": "LEG", "congresswoman": "LEG", "sen.": "LEG", "rep.": "LEG",
    "assemblyman": "LEG", "assemblywoman": "LEG", "judge": "JUD", "prosecutor": "JUD",
    "magistrate": "JUD", "rapporteur": "GOV", "commissioner": "GOV",
    "commander": "MIL", "general": "MIL", "admiral": "MIL", "colonel": "MIL", "marshal": "MIL",
    "lieutenant": "MIL", "brigadier": "MIL", "commander-in-chief": "MIL",
    "chief": "GOV", "head": "GOV", "director": "GOV", "secretary-general": "GOV",
    "pm": "GOV", "representative": "GOV", "consul": "GOV", "attache": "GOV",
    "foreign secretary": "GOV", "vice-president": "GOV",
}
# Honorifics NER includes in a person's name ("Archbishop Desmond Tutu", "Dr. X"): the name
# inside is still the known person. Not titles of office: they say nothing of state or sector.
HONORIFICS = frozenset({"archbishop", "bishop", "cardinal", "reverend", "rev.", "rev", "dr",
                        "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lord", "lady",
                        "dame", "sheikh", "sheik", "imam", "mullah", "maulana", "father"})
# Heads that take "of …" as part of the title ("secretary of state", "chief of staff").
OF_TITLES: dict[str, tuple[str, ...]] = {
    "secretary": ("state", "defense", "defence", "homeland security", "the treasury",
                  "treasury", "war", "commerce", "energy", "the navy", "the army"),
    "minister": ("foreign affairs", "defence", "defense", "the interior", "interior",
                 "finance", "oil", "economy", "justice", "health", "intelligence",
                 "state", "foreign and european affairs", "external affairs"),
    "chief": ("staff", "the general staff", "the defence staff", "the defense staff",
              "the army staff", "naval operations", "army"),
    "head": ("state", "government"),
    "commander": ("the army", "the navy", "the air force", "the armed forces", "forces"),
}
# Words that may stand before a title head inside the title ("deputy foreign minister").
TITLE_MODIFIERS = frozenset({
    "deputy", "vice", "acting", "former", "ex", "top", "senior", "first", "interim",
    "prime", "foreign", "defence", "defense", "interior", "finance", "economy", "oil",
    "energy", "trade", "justice", "health", "intelligence", "security", "national",
    "supreme", "crown", "chief", "military", "army", "navy", "naval", "air", "force",
    "opposition", "rebel", "militant", "spy", "nuclear", "police", "state", "press",
    "assistant", "under", "undersecretary", "special", "presidential", "foreign-policy",
    "economic", "agriculture", "education", "culture", "transport", "commerce", "industry",
    "labor", "labour", "home", "environment", "information", "communications", "war",
    "treasury", "top", "general", "senior", "high", "cabinet", "lead", "chief", "staff",
    "brigadier", "major", "lieutenant", "rear", "field", "de", "facto", "elect", "outgoing",
    "incoming", "then", "longtime", "veteran", "regional", "provincial", "ministry",
    "government", "kremlin", "pentagon", "white", "house", "department", "un", "u.n.",
    "nato", "eu", "mission", "delegation", "executive", "secretary", "grand", "religious",
    "sports", "science", "technology", "development", "aid", "humanitarian",
})
MIL_MODIFIERS = frozenset({"military", "army", "navy", "naval", "air", "force", "general",
                           "brigadier", "major", "lieutenant", "rear", "field"})
NOT_IN_OFFICE = frozenset({"former", "ex", "then", "outgoing", "late"})

# Collective nouns for a state's (or group's) bodies: "Russian officials", "Ukrainian forces".
GROUP_NOUNS: dict[str, str] = {
    "officials": "GOV", "government": "GOV", "authorities": "GOV",
    "administration": "GOV", "regime": "GOV", "diplomats": "GOV", "negotiators": "GOV",
    "delegation": "GOV", "leaders": "GOV", "leadership": "GOV", "ministry": "GOV",
    "foreign ministry": "GOV", "foreign office": "GOV", "cabinet": "GOV", "envoys": "GOV",
    "intelligence": "GOV", "intelligence agencies": "GOV", "intelligence services": "GOV",
    "intelligence officials": "GOV", "intelligence community": "GOV",
    "spies": "GOV", "state department": "GOV", "junta": "MIL",
    "forces": "MIL", "troops": "MIL", "soldiers": "MIL", "army": "MIL", "military": "MIL",
    "navy": "MIL", "air force": "MIL", "armed forces": "MIL", "warplanes": "MIL", "jets": "MIL",
    "fighter jets": "MIL", "tanks": "MIL", "warships": "MIL", "artillery": "MIL",
    "commanders": "MIL", "generals": "MIL", "defence ministry": "MIL", "defense ministry": "MIL",
    "ministry of defence": "MIL", "ministry of defense": "MIL", "marines": "MIL",
    "special forces": "MIL", "air defences": "MIL", "air defenses": "MIL", "bombers": "MIL",
    "military officials": "MIL", "defense officials": "MIL", "defence officials": "MIL",
    "coast guard": "MIL", "paratroopers": "MIL", "units": "MIL", "fleet": "MIL",
    "police": "COP", "security forces": "COP", "police officers": "COP", "riot police": "COP",
    "policemen": "COP", "border guards": "COP", "security services": "COP",
    "state media": "MED", "media": "MED", "state television": "MED", "state tv": "MED",
    "television": "MED", "state news agency": "MED", "news agency": "MED", "press": "MED",
    "state-run media": "MED", "state broadcaster": "MED", "state-run television": "MED",
    "rebels": "REB", "insurgents": "REB", "militants": "REB", "fighters": "REB",
    "separatists": "REB", "guerrillas": "REB", "militia": "REB", "militias": "REB",
    "jihadists": "REB", "gunmen": "REB", "extremists": "REB", "rebel forces": "REB",
    "opposition": "OPP", "dissidents": "OPP", "opposition leaders": "OPP",
    "protesters": "CVL", "protestors": "CVL", "demonstrators": "CVL", "civilians": "CVL",
    "activists": "CVL", "students": "CVL", "citizens": "CVL", "people": "CVL",
    "lawmakers": "LEG", "parliament": "LEG", "legislators": "LEG", "mps": "LEG",
    "senators": "LEG", "legislature": "LEG", "parliamentarians": "LEG",
    "courts": "JUD", "court": "JUD", "judiciary": "JUD", "judges": "JUD", "prosecutors": "JUD",
    "companies": "BUS", "firms": "BUS", "businesses": "BUS", "banks": "BUS",
    "side": "GOV", "counterparts": "GOV", "sides": "GOV", "ministers": "GOV",
    "government officials": "GOV", "embassy": "GOV", "consulate": "GOV",
    "intelligence agents": "GOV", "advisers": "GOV", "advisors": "GOV",
    "military advisers": "MIL", "military advisors": "MIL",
    "aircraft": "MIL", "helicopters": "MIL", "gunships": "MIL", "planes": "MIL",
    "bulldozers": "MIL", "servicemen": "MIL", "servicemembers": "MIL", "soldier": "MIL",
    "officers": "MIL", "army officers": "MIL", "peacekeepers": "MIL", "contingent": "MIL",
    "sailors": "MIL", "pilots": "MIL", "paratroops": "MIL", "battalion": "MIL",
    "brigade": "MIL", "guards": "MIL",
    "agents": "COP", "border patrol": "COP", "policeman": "COP", "police officer": "COP",
    "militiamen": "REB", "guerillas": "REB", "terrorists": "REB", "suicide bombers": "REB",
    "suicide bomber": "REB", "kidnappers": "REB", "hijackers": "REB",
    "paramilitaries": "REB", "insurgent": "REB", "militant": "REB",
    "opposition parties": "OPP", "opposition supporters": "OPP",
    "youths": "CVL", "residents": "CVL", "villagers": "CVL", "inhabitants": "CVL",
    "refugees": "CVL", "immigrants": "CVL", "migrants": "CVL", "farmers": "CVL",
    "landowners": "CVL", "prisoners": "CVL", "detainees": "CVL", "prisoner": "CVL",
    "settlers": "CVL", "voters": "CVL", "nationals": "CVL", "doctors": "CVL",
    "hostages": "CVL", "pilgrims": "CVL", "rioters": "CVL", "hackers": "CVL",
    "mob": "CVL", "crowds": "CVL", "hunger strikers": "CVL", "elders": "CVL",
    "tribesmen": "CVL", "kurds": "CVL", "arabs": "CVL", "muslims": "CVL", "christians": "CVL",
    "shiites": "CVL", "sunnis": "CVL", "jews": "CVL", "hindus": "CVL", "tamils": "CVL",
    "buddhists": "CVL", "sikhs": "CVL", "catholics": "CVL",
    "workers": "LAB", "unions": "LAB", "trade unions": "LAB", "labor unions": "LAB",
    "strikers": "LAB",
    "businessmen": "BUS", "businessman": "BUS", "business leaders": "BUS",
    "newspaper": "MED", "journalists": "MED", "reporters": "MED",
    "supreme court": "JUD", "constitutional court": "JUD", "high court": "JUD",
    "congress": "LEG", "senate": "LEG", "national assembly": "LEG", "assembly": "LEG",
    "deputies": "LEG",
}
# Group nouns that name one person ("a Saudi businessman"): the actor is a person.
PERSON_NOUNS = frozenset({"soldier", "policeman", "police officer", "businessman", "prisoner",
                          "suicide bomber", "insurgent", "militant"})
# Bare collective nouns whose country the document's main country supplies ("state media").
# Not rebels or the opposition: in a US article about the Taliban the insurgents are not American.
CONTEXT_SECTORS = frozenset({"MED", "COP", "CVL"})
# Religious communities: "in <city>" says where believers are, not whose they are ("the
# Muslims in Jerusalem" are no more Israel's than Jerusalem's pilgrims): they take a state
# only from a state's name ("Christians in Pakistan"), else none (kind group, sector CVL).
RELIGIOUS_GROUPS = frozenset({"muslims", "christians", "shiites", "sunnis", "jews", "hindus",
                              "buddhists", "sikhs", "catholics"})
# Bare collective nouns worth a mention even with no country ("rebels", "protesters").
BARE_GROUPS = frozenset({"state media", "state television", "state tv", "state-run media",
                         "police", "security forces", "riot police", "rebels", "insurgents",
                         "militants", "separatists", "opposition", "protesters", "protestors",
                         "demonstrators", "jihadists", "gunmen", "state news agency",
                         "state broadcaster"})
# Prepositions after which a capital is the place, not the government ("in Tehran").
LOCATIVE = frozenset({"in", "at", "to", "from", "into", "near", "outside", "around", "across",
                      "toward", "towards", "via", "through", "inside", "within", "over",
                      "between", "out", "of", "reached", "visited", "visiting", "leaves",
                      "left", "arrived", "landed"})
ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# Possessive endings as spaCy splits them off ("Iran's", "Iran’s", "the Houthis'").
# First words of names the small model takes for persons but are not ("Cyclone Jude").
NOT_PERSON_FIRST = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical",
                              "operation", "mount", "lake", "fort", "camp", "saint", "st."})

# The sector an organisation's head noun implies ("Iran's Supreme National Security COUNCIL",
# "the Federal POLICE of Brazil"); read from the last word before "of", two-word heads first.
ORG_HEADS: dict[str, str] = {
    "council": "GOV", "ministry": "GOV", "government": "GOV", "cabinet": "GOV",
    "presidency": "GOV", "agency": "GOV", "commission": "GOV", "directorate": "GOV",
    "intelligence": "GOV", "security service": "GOV", "intelligence service": "GOV",
    "army": "MIL", "forces": "MIL", "navy": "MIL", "air force": "MIL", "military": "MIL",
    "corps": "MIL", "brigade": "MIL", "brigades": "MIL", "guard": "MIL", "guards": "MIL",
    "parliament": "LEG", "knesset": "LEG", "duma": "LEG", "congress": "LEG", "senate": "LEG",
    "assembly": "LEG", "majlis": "LEG", "legislature": "LEG",
    "court": "JUD", "tribunal": "JUD", "judiciary": "JUD",
    "police": "COP", "gendarmerie": "COP", "national guard": "COP",
}
# Any word of the name, when the head says nothing ("Tasnim News Agency" is media).
_ORG_WORDS = {"news": "MED", "tv": "MED", "television": "MED", "times": "MED", "post": "MED",
              "ministry": "GOV", "army": "MIL", "forces": "MIL", "police": "COP",
              "agency": "GOV", "party": "OPP", "court": "JUD", "parliament": "LEG",
              "bank": "BUS", "company": "BUS", "corp": "BUS", "institute": "NGO",
              "foundation": "NGO", "council": "GOV"}


def org_sector(words: list[str], state_owned: bool) -> str | None:
    """The sector of an organisation from its lower-case words: media words anywhere, then,
    for a state's body, the head noun ("Iran's Supreme National Security Council" -> GOV,
    "Court of Appeal" -> JUD), then any telling word. Not the head of a body no state owns:
    "the World Uyghur Congress" is no legislature."""
    if set(words) & {"news", "tv", "television"}:
        return "MED"
    if not state_owned:
        return next((s for w, s in _ORG_WORDS.items() if w in words), None)
    head = words[:words.index("of")] if "of" in words else words
    if len(head) >= 2 and " ".join(head[-2:]) in ORG_HEADS:
        return ORG_HEADS[" ".join(head[-2:])]
    if head and head[-1] in ORG_HEADS:
        return ORG_HEADS[head[-1]]
    return next((s for w, s in _ORG_WORDS.items() if w in words), None)
