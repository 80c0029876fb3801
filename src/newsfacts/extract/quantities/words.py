"""Words of measurement as data: unit names and symbols, currencies, qualifiers (issue #6).

Read by `units.py` (names -> pint) and `find.py` (what may stand around a number). Unit
spellings are news spellings, British and American; each maps to one canonical name (the
singular, British spelling as quantulum3 names them) and the pint expression that values it.
"""

from __future__ import annotations

from newsfacts.words.lexicon import APPROXIMATORS

# (canonical name, pint expression, "names, comma separated|symbol|symbol").
# Names are matched case-insensitively, symbols exactly. Kept here rather than left to pint,
# which parses only what the table does not know (`units.parse_symbol`): the table says which
# tokens count as units beside a number and which symbols need a digit, while pint reads
# plain words as units ("in", "at", "a") and names units otherwise ("metric ton", "pound").
UNITS: tuple[tuple[str, str, str], ...] = (
    ("metre", "meter", "metre, metres, meter, meters|m"),
    ("kilometre", "kilometer", "kilometre, kilometres, kilometer, kilometers|km|kms"),
    ("centimetre", "centimeter", "centimetre, centimetres, centimeter, centimeters|cm"),
    ("millimetre", "millimeter", "millimetre, millimetres, millimeter, millimeters|mm"),
    (
        "micrometre",
        "micrometer",
        "micrometre, micrometres, micrometer, micrometers, micron, microns|μm|µm|um",
    ),
    ("nanometre", "nanometer", "nanometre, nanometres, nanometer, nanometers|nm"),
    ("mile", "mile", "mile, miles|mi"),
    ("nautical mile", "nautical_mile", "nautical mile, nautical miles|nmi"),
    ("yard", "yard", "yard, yards|yd|yds"),
    ("foot", "foot", "foot, feet|ft|′"),
    ("inch", "inch", "inch, inches|in.|″"),
    ("light year", "light_year", "light year, light years, light-year, light-years|ly"),
    ("kilogram", "kilogram", "kilogram, kilograms, kilogramme, kilogrammes, kilo, kilos|kg|kgs"),
    ("gram", "gram", "gram, grams, gramme, grammes|g"),
    ("milligram", "milligram", "milligram, milligrams|mg"),
    ("microgram", "microgram", "microgram, micrograms|μg|µg"),
    ("tonne", "metric_ton", "tonne, tonnes, metric ton, metric tons|t"),
    ("ton", "ton", "ton, tons"),
    ("pound-mass", "pound", "pound, pounds|lb|lbs"),
    ("ounce", "ounce", "ounce, ounces|oz"),
    ("stone", "stone", "stone"),
    ("carat", "carat", "carat, carats|ct"),
    ("litre", "liter", "litre, litres, liter, liters|l|L"),
    ("millilitre", "milliliter", "millilitre, millilitres, milliliter, milliliters|ml|mL"),
    ("centilitre", "centiliter", "centilitre, centilitres, centiliter, centiliters|cl|cL"),
    ("gallon", "gallon", "gallon, gallons|gal"),
    ("barrel", "oil_barrel", "barrel, barrels|bbl"),
    ("cubic metre", "meter**3", "cubic metre, cubic metres, cubic meter, cubic meters|m3|m³"),
    ("cubic foot", "foot**3", "cubic foot, cubic feet|cu ft|ft3|ft³"),
    ("cup", "cup", "cup, cups"),
    ("tablespoon", "tablespoon", "tablespoon, tablespoons|tbsp"),
    ("teaspoon", "teaspoon", "teaspoon, teaspoons|tsp"),
    ("acre", "acre", "acre, acres"),
    ("hectare", "hectare", "hectare, hectares|ha"),
    (
        "square metre",
        "meter**2",
        "square metre, square metres, square meter, square meters|m2|m²|sq m",
    ),
    (
        "square kilometre",
        "kilometer**2",
        "square kilometre, square kilometres, square kilometer, square kilometers|km2|km²|sq km",
    ),
    ("square mile", "mile**2", "square mile, square miles|sq mi|sq. mi.|mi2|mi²"),
    ("square foot", "foot**2", "square foot, square feet|sq ft|sq. ft.|ft2|ft²"),
    ("knot", "knot", "knot, knots|kn|kt|kts"),
    ("mile per hour", "mile/hour", "mile per hour, miles per hour, miles an hour|mph"),
    (
        "kilometre per hour",
        "kilometer/hour",
        "kilometre per hour, kilometres per hour, kilometer per hour, kilometers per hour, "
        "kilometres an hour, kilometers an hour|km/h|kph|kmh|km/hr",
    ),
    (
        "metre per second",
        "meter/second",
        "metre per second, metres per second, meter per second, meters per second|m/s",
    ),
    (
        "degree Celsius",
        "degC",
        "degree celsius, degrees celsius, degree centigrade, degrees centigrade|°C|ºC|℃|C",
    ),
    ("degree fahrenheit", "degF", "degree fahrenheit, degrees fahrenheit|°F|ºF|℉|F"),
    ("kelvin", "kelvin", "kelvin, kelvins|K"),
    ("degree", "degree", "degree, degrees|°|º"),
    ("second", "second", "second, seconds|s|sec|secs"),
    ("minute", "minute", "minute, minutes|min|mins"),
    ("hour", "hour", "hour, hours|h|hr|hrs"),
    ("day", "day", "day, days"),
    ("week", "week", "week, weeks"),
    ("month", "month", "month, months"),
    ("year", "year", "year, years|yr|yrs"),
    ("decade", "calendar_decade", "decade, decades"),
    ("century", "calendar_century", "century, centuries"),
    ("watt", "watt", "watt, watts|W"),
    ("kilowatt", "kilowatt", "kilowatt, kilowatts|kW"),
    ("megawatt", "megawatt", "megawatt, megawatts|MW"),
    ("gigawatt", "gigawatt", "gigawatt, gigawatts|GW"),
    (
        "kilowatt hour",
        "kilowatt_hour",
        "kilowatt hour, kilowatt hours, kilowatt-hour, kilowatt-hours|kWh",
    ),
    (
        "megawatt hour",
        "megawatt_hour",
        "megawatt hour, megawatt hours, megawatt-hour, megawatt-hours|MWh",
    ),
    ("gigawatt hour", "gigawatt_hour", "gigawatt hour, gigawatt hours|GWh"),
    ("watt hour", "watt_hour", "watt hour, watt hours|Wh"),
    ("horsepower", "horsepower", "horsepower|hp"),
    ("volt", "volt", "volt, volts|V"),
    ("kilovolt", "kilovolt", "kilovolt, kilovolts|kV"),
    ("joule", "joule", "joule, joules|J"),
    ("calorie", "kilocalorie", "calorie, calories, kilocalorie, kilocalories|kcal"),
    ("british thermal unit", "Btu", "british thermal unit, british thermal units|BTU|Btu"),
    ("hertz", "hertz", "hertz|Hz"),
    ("kilohertz", "kilohertz", "kilohertz|kHz"),
    ("megahertz", "megahertz", "megahertz|MHz"),
    ("gigahertz", "gigahertz", "gigahertz|GHz"),
    ("bit", "bit", "bit, bits|b"),
    # Lower-case "b" is a bit to news and pint alike; pint reads "kb" as a kilobarn, though.
    ("kilobit", "kilobit", "kilobit, kilobits|kb|kbit"),
    ("megabit", "megabit", "megabit, megabits|Mb|Mbit"),
    ("gigabit", "gigabit", "gigabit, gigabits|Gb|Gbit"),
    ("kilobit per second", "kilobit/second", "kilobits per second|kbps|kbit/s|kb/s"),
    ("megabit per second", "megabit/second", "megabits per second|Mbps|Mbit/s|Mb/s"),
    ("gigabit per second", "gigabit/second", "gigabits per second|Gbps|Gbit/s|Gb/s"),
    ("byte", "byte", "byte, bytes|B"),
    ("kilobyte", "kilobyte", "kilobyte, kilobytes|KB|kB"),
    ("megabyte", "megabyte", "megabyte, megabytes|MB"),
    ("gigabyte", "gigabyte", "gigabyte, gigabytes|GB"),
    ("terabyte", "terabyte", "terabyte, terabytes|TB"),
    ("exabyte", "exabyte", "exabyte, exabytes|EB"),
    ("pascal", "pascal", "pascal, pascals|Pa"),
    ("bar", "bar", "|bar"),
    ("decibel", "decibel", "decibel, decibels|dB"),
    ("percentage", "percent", "percent, per cent, percentage points, percentage point|%|pct"),
    ("part per million", "ppm", "parts per million|ppm"),
    ("per mille", "permille", "|‰"),
)
# Units whose value is a length of time: the quantity's kind is `duration`.
DURATION_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
# Symbols that are also ordinary words, taken only right after a digit ("5 in", "30 C").
SYMBOLS_NEEDING_DIGITS = frozenset({"in.", "t", "l", "C", "F", "K", "b", "B", "s", "h"})
CURRENCY_SYMBOLS = {
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "Rs": "INR",
    "Rs.": "INR",
}
CURRENCY_CODES = frozenset(
    {"USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "KRW", "RUB", "HKD", "SEK"}
    | {"NOK", "DKK", "BRL", "MXN", "ZAR", "NZD", "SGD", "TRY", "PLN", "NGN", "KES", "EGP"}
)
# Currency words after the amount: "20 million pounds", "3 dimes".
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "swiss francs": "CHF",
    "francs": "CHF",
    "pesos": "MXN",
    "cent": "USD",
    "cents": "USD",
    "dime": "USD",
    "dimes": "USD",
    "pence": "GBP",
    "penny": "GBP",
    "p": "GBP",
    # Signs after the amount, as much of Europe writes them: "12 €", "-20€".
    "€": "EUR",
    "£": "GBP",
}
# Fractions of a currency's unit: the word -> (unit name, share of the main unit).
MINOR_CURRENCY = {
    "cent": ("cent", 0.01),
    "cents": ("cent", 0.01),
    "dime": ("dime", 0.1),
    "dimes": ("dime", 0.1),
    "pence": ("penny", 0.01),
    "penny": ("penny", 0.01),
    "p": ("penny", 0.01),
}
# A currency's unit name (quantulum3's names: the sheet's `unit`; the code goes to
# `normalized`). A bare "$" is "dollar": which dollar it is, only the code says.
CURRENCY_NAMES = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "CHF": "swiss franc",
    "CAD": "canadian dollar",
    "AUD": "australian dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "INR": "indian rupee",
    "KRW": "south korean won",
    "RUB": "russian ruble",
    "SEK": "swedish krona",
    "NOK": "norwegian krone",
    "DKK": "danish krone",
    "BRL": "brazilian real",
    "MXN": "mexican peso",
    "ZAR": "south african rand",
    "TRY": "turkish lira",
    "PLN": "polish zloty",
    "NGN": "nigerian naira",
    "KES": "kenyan shilling",
    "EGP": "egyptian pound",
}
# Signs that name one currency among several of that name: "US$" is the United States dollar.
CURRENCY_SIGN_NAMES = {"US$": "united states dollar", "U.S.$": "united states dollar"}
# Words and signs in front of a number and what they make of it (issue #6: all approximate).
# Not the time stage's DURATION_QUALIFIERS: "only" or "a mere" stay inside a duration's span
# but make no amount approximate, and each list is what its own gold counts.
QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "no more than",
    "no fewer than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "upwards of",
    "in excess of",
    "close to",
    "just over",
    "just under",
    "well over",
    *APPROXIMATORS,
    "approx.",
    "some",
    "over",
    "under",
    "an estimated",
    "estimated",
    "below",
    "above",
    "~",
    "∼",
    "≈",
    "<",
    ">",
    "≤",
    "≥",
    "⩽",
    "⩾",
)
# Words after which a bare number is an identifier or a reference, not a quantity.
REFERENCE_WORDS = frozenset(
    {"fig", "fig.", "figs", "figs.", "figure", "figures", "table", "tables", "eq", "eq.", "eqs"}
    | {"equation", "section", "sect.", "chapter", "page", "p.", "pp.", "no", "no.", "nos."}
    | {"number", "#", "ref", "ref.", "appendix", "step", "stage", "phase", "level", "grade"}
    | {"article", "paragraph", "room", "route", "highway", "flight", "channel", "model", "ch."}
    | {"version", "v.", "vol.", "volume", "issue", "paper", "supplementary", "line", "col."}
)
