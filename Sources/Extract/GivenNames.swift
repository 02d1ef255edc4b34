/// Common given names and the gender they most often carry in English-language
/// news, for people the article's own words give no gender (a weak default:
/// honorifics, gendered nouns and pronouns outweigh it). Names worn by men and
/// women alike (Jordan, Kim, Taylor) are left out.
enum GivenNames {
    static let male: Set<String> = [
        "aaron", "adam", "ahmed", "alan", "albert", "alexander", "ali", "anders", "andrew", "anthony", "antonio",
        "arthur", "austin", "barack", "barry", "ben", "benjamin", "bernie", "bill", "billy", "bob", "bobby", "boris",
        "brandon", "brian", "bruce", "bryan", "carl", "carlos", "charles", "christian", "christopher", "chuck",
        "colin", "daniel", "dave", "david", "dennis", "diego", "dmitri", "donald", "douglas", "dylan", "edward",
        "elijah", "emmanuel", "eric", "ethan", "eugene", "francisco", "francois", "frank", "fred", "gabriel", "gary",
        "george", "gerald", "giovanni", "giuseppe", "graham", "gregory", "hank", "hans", "harold", "harry", "hassan",
        "henry", "hugo", "ian", "igor", "ivan", "jack", "jacob", "jacques", "james", "jason", "jeffrey", "jeremy",
        "jerry", "jesse", "jim", "joe", "john", "jonathan", "jorge", "jose", "joseph", "joshua", "juan", "jurgen",
        "justin", "keith", "kenneth", "kevin", "klaus", "kurt", "kyle", "larry", "lars", "lawrence", "lindsey",
        "logan", "louis", "luca", "luis", "luke", "magnus", "manuel", "marco", "mario", "mark", "martin", "mason",
        "matthew", "max", "michael", "miguel", "mike", "mitch", "mitt", "mohammed", "muhammad", "narendra", "nathan",
        "neil", "nicholas", "nick", "nigel", "noah", "olaf", "omar", "patrick", "paul", "pedro", "peter", "philip",
        "pierre", "rafael", "rahul", "ralph", "randy", "raymond", "richard", "rick", "ricky", "rishi", "robert",
        "roger", "ronald", "roy", "russell", "ryan", "samuel", "scott", "sean", "sergei", "simon", "stephen",
        "steve", "steven", "sven", "ted", "thomas", "tim", "timothy", "tom", "tony", "trevor", "tyler", "vincent",
        "vladimir", "walter", "wayne", "william", "willie", "wolfgang", "xi", "zachary",
    ]

    static let female: Set<String> = [
        "abigail", "agnes", "aisha", "alexandria", "alexis", "alice", "amanda", "amber", "amy", "ana", "andrea",
        "angela", "ann", "anna", "ashley", "astrid", "ava", "barbara", "beth", "betty", "beverly", "brenda",
        "brittany", "carmen", "carol", "caroline", "carolyn", "catherine", "charlotte", "cheryl", "chiara", "chloe",
        "christina", "christine", "claire", "clara", "cynthia", "danielle", "deborah", "debra", "denise", "diana",
        "diane", "donna", "doris", "dorothy", "elena", "elise", "elizabeth", "ella", "ellen", "eloise", "emily",
        "emma", "eva", "evelyn", "fatima", "fiona", "frances", "francesca", "giulia", "gloria", "grace", "greta",
        "gwynne", "hannah", "hazel", "heather", "helen", "hillary", "ilhan", "ingrid", "irene", "isabel", "isabella",
        "jacqueline", "jane", "janet", "janice", "jennifer", "jessica", "joan", "joyce", "judith", "judy", "julia",
        "julie", "kamala", "karen", "katherine", "kathleen", "kathryn", "kayla", "kimberly", "kristi", "kristy",
        "laura", "lauren", "leah", "leila", "lily", "linda", "lisa", "louise", "lucia", "lucy", "madison",
        "margaret", "maria", "marie", "marilyn", "marta", "martha", "mary", "megan", "melissa", "mia", "michelle",
        "nancy", "natalie", "natasha", "nesma", "nicole", "nikki", "nora", "olga", "olivia", "pamela", "patricia",
        "priya", "rachel", "raquel", "rebecca", "rose", "ruth", "samantha", "sandra", "sara", "sarah", "sharon",
        "sherine", "shirley", "sofia", "sophia", "sophie", "stacey", "stephanie", "susan", "svetlana", "tatiana",
        "teresa", "theresa", "ursula", "valerie", "victoria", "virginia", "wendy", "yasmin", "yvonne", "zoe",
    ]

    /// The gender a first name suggests, if it is one of the common ones.
    static func gender(of firstName: String) -> Gender? {
        let lower = firstName.lowercased()
        if male.contains(lower) { return .male }
        if female.contains(lower) { return .female }
        return nil
    }
}
