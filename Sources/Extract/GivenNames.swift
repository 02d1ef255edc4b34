/// Common given names and the gender they most often carry in English-language
/// news, for people the article's own words give no gender (a weak default:
/// honorifics, gendered nouns and pronouns outweigh it). Names worn by men and
/// women alike (Jordan, Kim, Taylor) are left out.
enum GivenNames {
    static let male: Set<String> = [
        "aaron", "abraham", "adam", "ahmed", "alan", "albert", "alexander", "ali", "anders", "andre", "andrew",
        "anthony", "antonio", "arthur", "austin", "axel", "barack", "barry", "ben", "benjamin", "bernie", "bill",
        "billy", "bob", "bobby", "boris", "brandon", "brent", "brian", "bruce", "bryan", "carl", "carlos", "cedric",
        "charles", "christian", "christopher", "chuck", "clint", "colin", "connor", "curtis", "daniel", "darren",
        "dave", "david", "dennis", "derek", "diego", "dmitri", "donald", "doug", "douglas", "dwight", "dylan",
        "edward", "eli", "elijah", "emmanuel", "eric", "erik", "ethan", "eugene", "evan", "felix", "floyd",
        "francisco", "francois", "frank", "fred", "gabriel", "gary", "george", "gerald", "giovanni", "giuseppe",
        "glenn", "graham", "greg", "gregory", "hank", "hans", "harold", "harry", "hassan", "henry", "hugh", "hugo",
        "ian", "igor", "isaac", "ivan", "jack", "jacob", "jacques", "jake", "james", "jared", "jason", "jay", "jeff",
        "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jim", "joe", "joel", "johan", "john", "jonas", "jonathan",
        "jorge", "jose", "joseph", "joshua", "juan", "jurgen", "justin", "keir", "keith", "kenneth", "kevin", "kirk",
        "klaus", "kurt", "kyle", "larry", "lars", "lawrence", "leo", "levi", "liam", "lindsey", "lloyd", "logan",
        "louis", "luca", "luis", "lukas", "luke", "magnus", "malik", "manuel", "marco", "marcus", "mario", "mark",
        "martin", "mason", "matthew", "max", "michael", "miguel", "mike", "mitch", "mitt", "mohammed", "moshe",
        "muhammad", "narendra", "nathan", "neil", "nicholas", "nick", "nigel", "nils", "noah", "olaf", "omar",
        "oscar", "owen", "patrick", "paul", "pedro", "per", "peter", "philip", "pierre", "rafael", "rahul", "ralph",
        "rand", "randy", "raymond", "recep", "reggie", "richard", "rick", "ricky", "rishi", "robert", "rod", "roger",
        "ronald", "roy", "rudolph", "rudy", "russell", "ryan", "samuel", "scott", "sean", "sergei", "seth", "shane",
        "shinzo", "simon", "stefan", "stephan", "stephen", "steve", "steven", "sven", "ted", "theo", "thomas", "tim",
        "timothy", "tobias", "todd", "tom", "tony", "trevor", "troy", "tyler", "tyrone", "vince", "vincent",
        "vladimir", "volodymyr", "wade", "walter", "wayne", "william", "willie", "wolfgang", "xi", "yitzhak",
        "zachary",
    ]

    static let female: Set<String> = [
        "abigail", "agnes", "aisha", "alexandria", "alexis", "alice", "amanda", "amber", "amy", "ana", "andrea",
        "angela", "ann", "anna", "annika", "anya", "ashley", "astrid", "ava", "barbara", "beth", "betty", "beverly",
        "brenda", "bridget", "brittany", "brooke", "caitlin", "carmen", "carol", "caroline", "carolyn", "catherine",
        "charlotte", "cheryl", "chiara", "chloe", "christina", "christine", "claire", "clara", "colleen", "cynthia",
        "danielle", "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "eileen", "elena",
        "elise", "elizabeth", "ella", "ellen", "eloise", "emily", "emma", "erin", "esther", "eva", "evelyn",
        "fatima", "fiona", "frances", "francesca", "gina", "giulia", "gloria", "grace", "greta", "gwynne", "hanna",
        "hannah", "hazel", "heather", "heidi", "helen", "hillary", "holly", "ilhan", "ingrid", "irene", "isabel",
        "isabella", "ivanka", "jacqueline", "jane", "janet", "janice", "jasmine", "jennifer", "jessica", "joan",
        "johanna", "joyce", "judith", "judy", "julia", "julie", "kamala", "karen", "kate", "katherine", "kathleen",
        "kathryn", "kathy", "katie", "kayla", "kimberly", "kirsten", "kristi", "kristin", "kristy", "laura",
        "lauren", "leah", "leila", "lena", "lily", "linda", "lisa", "louise", "lucia", "lucy", "madison", "margaret",
        "maria", "marie", "marilyn", "marta", "martha", "mary", "maureen", "maya", "megan", "meghan", "melania",
        "melissa", "mia", "michelle", "miriam", "molly", "monica", "nadia", "nancy", "naomi", "natalie", "natasha",
        "nesma", "nicole", "nikki", "nina", "nora", "olga", "olivia", "oprah", "paige", "pamela", "patricia",
        "paula", "peggy", "penny", "priya", "rachel", "raquel", "rebecca", "rebekah", "rita", "rose", "ruth",
        "samantha", "sandra", "sara", "sarah", "serena", "sharon", "sherine", "shirley", "sofia", "sonya", "sophia",
        "sophie", "stacey", "stephanie", "sue", "susan", "svetlana", "tanya", "tara", "tatiana", "teresa", "theresa",
        "tina", "ursula", "valerie", "vanessa", "venus", "veronica", "victoria", "virginia", "wendy", "yasmin",
        "yvonne", "zoe",
    ]

    /// The gender a first name suggests, if it is one of the common ones.
    static func gender(of firstName: String) -> Gender? {
        let lower = firstName.lowercased()
        if male.contains(lower) { return .male }
        if female.contains(lower) { return .female }
        return nil
    }

    /// Whether a capitalised word is a common given name, or a hyphenated
    /// one that starts with one ("Eva-Marie", "Jean-Luc" if "jean" were listed).
    static func isKnown(_ word: String) -> Bool {
        if gender(of: word) != nil { return true }
        guard let hyphen = word.firstIndex(of: "-"), hyphen > word.startIndex else { return false }
        return gender(of: String(word[..<hyphen])) != nil
    }
}
