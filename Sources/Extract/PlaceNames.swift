/// Names of countries and U.S. states: a capitalised word news copy puts
/// before a person's name as part of a role ("U.S. Attorney for Massachusetts
/// Joshua Levy", "special envoy to Ukraine Kurt Volker").
enum PlaceNames {
    static let all: Set<String> = [
        "afghanistan", "africa", "alabama", "alaska", "albania", "algeria", "argentina", "arizona", "arkansas",
        "armenia", "asia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium",
        "bolivia", "bosnia", "brazil", "bulgaria", "california", "cambodia", "cameroon", "canada", "chile", "china",
        "colombia", "colorado", "connecticut", "croatia", "cuba", "cyprus", "delaware", "denmark", "ecuador",
        "egypt", "england", "estonia", "ethiopia", "europe", "finland", "florida", "france", "georgia", "germany",
        "ghana", "greece", "guatemala", "haiti", "hawaii", "honduras", "hungary", "iceland", "idaho", "illinois",
        "india", "indiana", "indonesia", "iowa", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
        "jordan", "kansas", "kazakhstan", "kentucky", "kenya", "korea", "kosovo", "kuwait", "latvia", "lebanon",
        "libya", "lithuania", "louisiana", "luxembourg", "maine", "malaysia", "mali", "malta", "maryland",
        "massachusetts", "mexico", "michigan", "minnesota", "mississippi", "missouri", "moldova", "mongolia",
        "montana", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nebraska", "nepal", "netherlands",
        "nevada", "nicaragua", "niger", "nigeria", "norway", "ohio", "oklahoma", "oman", "oregon", "pakistan",
        "palestine", "panama", "paraguay", "pennsylvania", "peru", "philippines", "poland", "portugal", "qatar",
        "romania", "russia", "rwanda", "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia",
        "somalia", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
        "tennessee", "texas", "thailand", "tunisia", "turkey", "uganda", "ukraine", "uruguay", "utah", "uzbekistan",
        "venezuela", "vermont", "vietnam", "virginia", "wales", "washington", "wisconsin", "wyoming", "yemen",
        "zambia", "zimbabwe",
    ]
}
