"""ISO 3166 country codes as a literal table: numeric ("643") and alpha-2 ("RU") to alpha-3 ("RUS").

The map outlines are keyed by ISO numeric codes, the UN votes by alpha-2 and the dataset by
alpha-3, so every join between them goes through this table. It was generated once from Debian's
``iso-codes`` 4.15.0 (ISO 3166-1, all 249 entries) and is kept here as a literal: nothing is fetched
or looked up at run time, and a test checks it against the map file and the UN data.
"""

from __future__ import annotations

#: (alpha-2, alpha-3, numeric, short name), one per ISO 3166-1 country, sorted by alpha-3.
COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("AW", "ABW", "533", "Aruba"),
    ("AF", "AFG", "004", "Afghanistan"),
    ("AO", "AGO", "024", "Angola"),
    ("AI", "AIA", "660", "Anguilla"),
    ("AX", "ALA", "248", "Åland Islands"),
    ("AL", "ALB", "008", "Albania"),
    ("AD", "AND", "020", "Andorra"),
    ("AE", "ARE", "784", "United Arab Emirates"),
    ("AR", "ARG", "032", "Argentina"),
    ("AM", "ARM", "051", "Armenia"),
    ("AS", "ASM", "016", "American Samoa"),
    ("AQ", "ATA", "010", "Antarctica"),
    ("TF", "ATF", "260", "French Southern Territories"),
    ("AG", "ATG", "028", "Antigua and Barbuda"),
    ("AU", "AUS", "036", "Australia"),
    ("AT", "AUT", "040", "Austria"),
    ("AZ", "AZE", "031", "Azerbaijan"),
    ("BI", "BDI", "108", "Burundi"),
    ("BE", "BEL", "056", "Belgium"),
    ("BJ", "BEN", "204", "Benin"),
    ("BQ", "BES", "535", "Bonaire, Sint Eustatius and Saba"),
    ("BF", "BFA", "854", "Burkina Faso"),
    ("BD", "BGD", "050", "Bangladesh"),
    ("BG", "BGR", "100", "Bulgaria"),
    ("BH", "BHR", "048", "Bahrain"),
    ("BS", "BHS", "044", "Bahamas"),
    ("BA", "BIH", "070", "Bosnia and Herzegovina"),
    ("BL", "BLM", "652", "Saint Barthélemy"),
    ("BY", "BLR", "112", "Belarus"),
    ("BZ", "BLZ", "084", "Belize"),
    ("BM", "BMU", "060", "Bermuda"),
    ("BO", "BOL", "068", "Bolivia"),
    ("BR", "BRA", "076", "Brazil"),
    ("BB", "BRB", "052", "Barbados"),
    ("BN", "BRN", "096", "Brunei Darussalam"),
    ("BT", "BTN", "064", "Bhutan"),
    ("BV", "BVT", "074", "Bouvet Island"),
    ("BW", "BWA", "072", "Botswana"),
    ("CF", "CAF", "140", "Central African Republic"),
    ("CA", "CAN", "124", "Canada"),
    ("CC", "CCK", "166", "Cocos (Keeling) Islands"),
    ("CH", "CHE", "756", "Switzerland"),
    ("CL", "CHL", "152", "Chile"),
    ("CN", "CHN", "156", "China"),
    ('CI', 'CIV', '384', "Côte d'Ivoire"),
    ("CM", "CMR", "120", "Cameroon"),
    ("CD", "COD", "180", "Congo, The Democratic Republic of the"),
    ("CG", "COG", "178", "Congo"),
    ("CK", "COK", "184", "Cook Islands"),
    ("CO", "COL", "170", "Colombia"),
    ("KM", "COM", "174", "Comoros"),
    ("CV", "CPV", "132", "Cabo Verde"),
    ("CR", "CRI", "188", "Costa Rica"),
    ("CU", "CUB", "192", "Cuba"),
    ("CW", "CUW", "531", "Curaçao"),
    ("CX", "CXR", "162", "Christmas Island"),
    ("KY", "CYM", "136", "Cayman Islands"),
    ("CY", "CYP", "196", "Cyprus"),
    ("CZ", "CZE", "203", "Czechia"),
    ("DE", "DEU", "276", "Germany"),
    ("DJ", "DJI", "262", "Djibouti"),
    ("DM", "DMA", "212", "Dominica"),
    ("DK", "DNK", "208", "Denmark"),
    ("DO", "DOM", "214", "Dominican Republic"),
    ("DZ", "DZA", "012", "Algeria"),
    ("EC", "ECU", "218", "Ecuador"),
    ("EG", "EGY", "818", "Egypt"),
    ("ER", "ERI", "232", "Eritrea"),
    ("EH", "ESH", "732", "Western Sahara"),
    ("ES", "ESP", "724", "Spain"),
    ("EE", "EST", "233", "Estonia"),
    ("ET", "ETH", "231", "Ethiopia"),
    ("FI", "FIN", "246", "Finland"),
    ("FJ", "FJI", "242", "Fiji"),
    ("FK", "FLK", "238", "Falkland Islands (Malvinas)"),
    ("FR", "FRA", "250", "France"),
    ("FO", "FRO", "234", "Faroe Islands"),
    ("FM", "FSM", "583", "Micronesia, Federated States of"),
    ("GA", "GAB", "266", "Gabon"),
    ("GB", "GBR", "826", "United Kingdom"),
    ("GE", "GEO", "268", "Georgia"),
    ("GG", "GGY", "831", "Guernsey"),
    ("GH", "GHA", "288", "Ghana"),
    ("GI", "GIB", "292", "Gibraltar"),
    ("GN", "GIN", "324", "Guinea"),
    ("GP", "GLP", "312", "Guadeloupe"),
    ("GM", "GMB", "270", "Gambia"),
    ("GW", "GNB", "624", "Guinea-Bissau"),
    ("GQ", "GNQ", "226", "Equatorial Guinea"),
    ("GR", "GRC", "300", "Greece"),
    ("GD", "GRD", "308", "Grenada"),
    ("GL", "GRL", "304", "Greenland"),
    ("GT", "GTM", "320", "Guatemala"),
    ("GF", "GUF", "254", "French Guiana"),
    ("GU", "GUM", "316", "Guam"),
    ("GY", "GUY", "328", "Guyana"),
    ("HK", "HKG", "344", "Hong Kong"),
    ("HM", "HMD", "334", "Heard Island and McDonald Islands"),
    ("HN", "HND", "340", "Honduras"),
    ("HR", "HRV", "191", "Croatia"),
    ("HT", "HTI", "332", "Haiti"),
    ("HU", "HUN", "348", "Hungary"),
    ("ID", "IDN", "360", "Indonesia"),
    ("IM", "IMN", "833", "Isle of Man"),
    ("IN", "IND", "356", "India"),
    ("IO", "IOT", "086", "British Indian Ocean Territory"),
    ("IE", "IRL", "372", "Ireland"),
    ("IR", "IRN", "364", "Iran"),
    ("IQ", "IRQ", "368", "Iraq"),
    ("IS", "ISL", "352", "Iceland"),
    ("IL", "ISR", "376", "Israel"),
    ("IT", "ITA", "380", "Italy"),
    ("JM", "JAM", "388", "Jamaica"),
    ("JE", "JEY", "832", "Jersey"),
    ("JO", "JOR", "400", "Jordan"),
    ("JP", "JPN", "392", "Japan"),
    ("KZ", "KAZ", "398", "Kazakhstan"),
    ("KE", "KEN", "404", "Kenya"),
    ("KG", "KGZ", "417", "Kyrgyzstan"),
    ("KH", "KHM", "116", "Cambodia"),
    ("KI", "KIR", "296", "Kiribati"),
    ("KN", "KNA", "659", "Saint Kitts and Nevis"),
    ("KR", "KOR", "410", "South Korea"),
    ("KW", "KWT", "414", "Kuwait"),
    ("LA", "LAO", "418", "Laos"),
    ("LB", "LBN", "422", "Lebanon"),
    ("LR", "LBR", "430", "Liberia"),
    ("LY", "LBY", "434", "Libya"),
    ("LC", "LCA", "662", "Saint Lucia"),
    ("LI", "LIE", "438", "Liechtenstein"),
    ("LK", "LKA", "144", "Sri Lanka"),
    ("LS", "LSO", "426", "Lesotho"),
    ("LT", "LTU", "440", "Lithuania"),
    ("LU", "LUX", "442", "Luxembourg"),
    ("LV", "LVA", "428", "Latvia"),
    ("MO", "MAC", "446", "Macao"),
    ("MF", "MAF", "663", "Saint Martin (French part)"),
    ("MA", "MAR", "504", "Morocco"),
    ("MC", "MCO", "492", "Monaco"),
    ("MD", "MDA", "498", "Moldova"),
    ("MG", "MDG", "450", "Madagascar"),
    ("MV", "MDV", "462", "Maldives"),
    ("MX", "MEX", "484", "Mexico"),
    ("MH", "MHL", "584", "Marshall Islands"),
    ("MK", "MKD", "807", "North Macedonia"),
    ("ML", "MLI", "466", "Mali"),
    ("MT", "MLT", "470", "Malta"),
    ("MM", "MMR", "104", "Myanmar"),
    ("ME", "MNE", "499", "Montenegro"),
    ("MN", "MNG", "496", "Mongolia"),
    ("MP", "MNP", "580", "Northern Mariana Islands"),
    ("MZ", "MOZ", "508", "Mozambique"),
    ("MR", "MRT", "478", "Mauritania"),
    ("MS", "MSR", "500", "Montserrat"),
    ("MQ", "MTQ", "474", "Martinique"),
    ("MU", "MUS", "480", "Mauritius"),
    ("MW", "MWI", "454", "Malawi"),
    ("MY", "MYS", "458", "Malaysia"),
    ("YT", "MYT", "175", "Mayotte"),
    ("NA", "NAM", "516", "Namibia"),
    ("NC", "NCL", "540", "New Caledonia"),
    ("NE", "NER", "562", "Niger"),
    ("NF", "NFK", "574", "Norfolk Island"),
    ("NG", "NGA", "566", "Nigeria"),
    ("NI", "NIC", "558", "Nicaragua"),
    ("NU", "NIU", "570", "Niue"),
    ("NL", "NLD", "528", "Netherlands"),
    ("NO", "NOR", "578", "Norway"),
    ("NP", "NPL", "524", "Nepal"),
    ("NR", "NRU", "520", "Nauru"),
    ("NZ", "NZL", "554", "New Zealand"),
    ("OM", "OMN", "512", "Oman"),
    ("PK", "PAK", "586", "Pakistan"),
    ("PA", "PAN", "591", "Panama"),
    ("PN", "PCN", "612", "Pitcairn"),
    ("PE", "PER", "604", "Peru"),
    ("PH", "PHL", "608", "Philippines"),
    ("PW", "PLW", "585", "Palau"),
    ("PG", "PNG", "598", "Papua New Guinea"),
    ("PL", "POL", "616", "Poland"),
    ("PR", "PRI", "630", "Puerto Rico"),
    ("KP", "PRK", "408", "North Korea"),
    ("PT", "PRT", "620", "Portugal"),
    ("PY", "PRY", "600", "Paraguay"),
    ("PS", "PSE", "275", "Palestine, State of"),
    ("PF", "PYF", "258", "French Polynesia"),
    ("QA", "QAT", "634", "Qatar"),
    ("RE", "REU", "638", "Réunion"),
    ("RO", "ROU", "642", "Romania"),
    ("RU", "RUS", "643", "Russian Federation"),
    ("RW", "RWA", "646", "Rwanda"),
    ("SA", "SAU", "682", "Saudi Arabia"),
    ("SD", "SDN", "729", "Sudan"),
    ("SN", "SEN", "686", "Senegal"),
    ("SG", "SGP", "702", "Singapore"),
    ("GS", "SGS", "239", "South Georgia and the South Sandwich Islands"),
    ("SH", "SHN", "654", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SJ", "SJM", "744", "Svalbard and Jan Mayen"),
    ("SB", "SLB", "090", "Solomon Islands"),
    ("SL", "SLE", "694", "Sierra Leone"),
    ("SV", "SLV", "222", "El Salvador"),
    ("SM", "SMR", "674", "San Marino"),
    ("SO", "SOM", "706", "Somalia"),
    ("PM", "SPM", "666", "Saint Pierre and Miquelon"),
    ("RS", "SRB", "688", "Serbia"),
    ("SS", "SSD", "728", "South Sudan"),
    ("ST", "STP", "678", "Sao Tome and Principe"),
    ("SR", "SUR", "740", "Suriname"),
    ("SK", "SVK", "703", "Slovakia"),
    ("SI", "SVN", "705", "Slovenia"),
    ("SE", "SWE", "752", "Sweden"),
    ("SZ", "SWZ", "748", "Eswatini"),
    ("SX", "SXM", "534", "Sint Maarten (Dutch part)"),
    ("SC", "SYC", "690", "Seychelles"),
    ("SY", "SYR", "760", "Syria"),
    ("TC", "TCA", "796", "Turks and Caicos Islands"),
    ("TD", "TCD", "148", "Chad"),
    ("TG", "TGO", "768", "Togo"),
    ("TH", "THA", "764", "Thailand"),
    ("TJ", "TJK", "762", "Tajikistan"),
    ("TK", "TKL", "772", "Tokelau"),
    ("TM", "TKM", "795", "Turkmenistan"),
    ("TL", "TLS", "626", "Timor-Leste"),
    ("TO", "TON", "776", "Tonga"),
    ("TT", "TTO", "780", "Trinidad and Tobago"),
    ("TN", "TUN", "788", "Tunisia"),
    ("TR", "TUR", "792", "Türkiye"),
    ("TV", "TUV", "798", "Tuvalu"),
    ("TW", "TWN", "158", "Taiwan"),
    ("TZ", "TZA", "834", "Tanzania"),
    ("UG", "UGA", "800", "Uganda"),
    ("UA", "UKR", "804", "Ukraine"),
    ("UM", "UMI", "581", "United States Minor Outlying Islands"),
    ("UY", "URY", "858", "Uruguay"),
    ("US", "USA", "840", "United States"),
    ("UZ", "UZB", "860", "Uzbekistan"),
    ("VA", "VAT", "336", "Holy See (Vatican City State)"),
    ("VC", "VCT", "670", "Saint Vincent and the Grenadines"),
    ("VE", "VEN", "862", "Venezuela"),
    ("VG", "VGB", "092", "Virgin Islands, British"),
    ("VI", "VIR", "850", "Virgin Islands, U.S."),
    ("VN", "VNM", "704", "Vietnam"),
    ("VU", "VUT", "548", "Vanuatu"),
    ("WF", "WLF", "876", "Wallis and Futuna"),
    ("WS", "WSM", "882", "Samoa"),
    ("YE", "YEM", "887", "Yemen"),
    ("ZA", "ZAF", "710", "South Africa"),
    ("ZM", "ZMB", "894", "Zambia"),
    ("ZW", "ZWE", "716", "Zimbabwe"),
)

#: Codes withdrawn from ISO 3166-1 (kept in ISO 3166-3) for states the UN votes still record.
FORMER: tuple[tuple[str, str, str, str], ...] = (
    ("CS", "CSK", "200", "Czechoslovakia"),
    ("DD", "DDR", "278", "German Democratic Republic"),
    ("SU", "SUN", "810", "Soviet Union"),
    ("YD", "YMD", "720", "South Yemen"),
    ("YU", "YUG", "891", "Yugoslavia"),
)

#: Areas the map draws that have no ISO code (the map file gives them no id): name -> our code.
#: Kosovo's XKX is the user-assigned code the EU and IMF use; the other two are Natural Earth's.
UNCODED_MAP_AREAS: dict[str, str] = {
    "Kosovo": "XKX",
    "N. Cyprus": "CYN",
    "Somaliland": "SOL",
}

_BY_ALPHA2 = {a2: a3 for a2, a3, _n, _name in COUNTRIES}
_BY_NUMERIC = {num: a3 for _a2, a3, num, _name in COUNTRIES}
_BY_ALPHA3 = {a3: (a2, num, name) for a2, a3, num, name in COUNTRIES}
_FORMER_BY_ALPHA3 = {a3: (a2, num, name) for a2, a3, num, name in FORMER}


def alpha3_from_numeric(code: str | int | None) -> str | None:
    """The alpha-3 code for a numeric one ("643", "4", "004" or 643); None if there is none."""
    if code is None or isinstance(code, bool):
        return None
    text = str(code).strip()
    if not text.isdigit() or len(text) > 3:
        return None
    return _BY_NUMERIC.get(text.zfill(3))


def alpha3_from_alpha2(code: str | None) -> str | None:
    """The alpha-3 code for an alpha-2 one, in any case ("ru" -> "RUS"); None if there is none."""
    if not code:
        return None
    return _BY_ALPHA2.get(code.strip().upper())


def former_alpha3(alpha2: str | None) -> str | None:
    """The ISO 3166-3 alpha-3 code of a former state by its old alpha-2 ("SU" -> "SUN")."""
    for a2, a3, _num, _name in FORMER:
        if a2 == (alpha2 or "").strip().upper():
            return a3
    return None


def alpha2_from_alpha3(code: str | None) -> str | None:
    entry = _BY_ALPHA3.get((code or "").upper()) or _FORMER_BY_ALPHA3.get((code or "").upper())
    return entry[0] if entry else None


def numeric_from_alpha3(code: str | None) -> str | None:
    entry = _BY_ALPHA3.get((code or "").upper()) or _FORMER_BY_ALPHA3.get((code or "").upper())
    return entry[1] if entry else None


def name_of(alpha3: str | None) -> str | None:
    """The short English name ("Russian Federation" for RUS), current or former code."""
    entry = _BY_ALPHA3.get((alpha3 or "").upper()) or _FORMER_BY_ALPHA3.get((alpha3 or "").upper())
    return entry[2] if entry else None


def map_area_code(numeric_id: str | None, name: str) -> str | None:
    """The alpha-3 code for one outline of the map: by its numeric id, or by name for the three
    areas without one (Kosovo, Northern Cyprus, Somaliland)."""
    if numeric_id:
        return alpha3_from_numeric(numeric_id)
    return UNCODED_MAP_AREAS.get(name)


__all__ = [
    "COUNTRIES",
    "FORMER",
    "UNCODED_MAP_AREAS",
    "alpha3_from_numeric",
    "alpha3_from_alpha2",
    "former_alpha3",
    "alpha2_from_alpha3",
    "numeric_from_alpha3",
    "name_of",
    "map_area_code",
]
