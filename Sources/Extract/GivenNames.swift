/// Common given names and the gender they most often carry in English-language
/// news, for people the article's own words give no gender (a weak default:
/// honorifics, gendered nouns and pronouns outweigh it). Names worn by men and
/// women alike (Jordan, Kim, Taylor) are left out.
enum GivenNames {
    static let male: Set<String> = [
        "aaron", "abdul", "abraham", "adam", "adrian", "ahmad", "ahmed", "alan", "albert", "alejandro", "alexander",
        "alexei", "alfred", "ali", "allen", "alvin", "anders", "andre", "andrei", "andres", "andrew", "andy",
        "angelo", "anthony", "antonio", "arnold", "arthur", "austin", "axel", "barack", "barry", "ben", "benjamin",
        "bernard", "bernie", "bill", "billy", "bjorn", "blake", "bob", "bobby", "boris", "brad", "bradley", "brandon",
        "brent", "brett", "brian", "bruce", "bryan", "bryce", "calvin", "carl", "carlos", "cedric", "chad", "charles",
        "christian", "christopher", "chuck", "ciaran", "clarence", "clayton", "clint", "cody", "cole", "colin",
        "connor", "conor", "craig", "curtis", "dan", "daniel", "danny", "darius", "darren", "dave", "david", "dean",
        "declan", "dennis", "derek", "derrick", "diego", "dmitri", "dmitry", "dominic", "don", "donald", "donnie",
        "doug", "douglas", "duncan", "dwight", "dylan", "eamon", "earl", "eddie", "edgar", "edward", "edwin", "eli",
        "elias", "elijah", "elliot", "emilio", "emmanuel", "enda", "enrique", "eoin", "eric", "erik", "ernest",
        "ernesto", "ethan", "eugene", "evan", "felix", "fernando", "floyd", "francis", "francisco", "francois",
        "frank", "franklin", "fred", "gabriel", "gareth", "garrett", "gary", "gavin", "geoffrey", "george", "gerald",
        "gerard", "gilbert", "giovanni", "giuseppe", "glenn", "gordon", "graham", "grant", "greg", "gregory", "guy",
        "hamza", "hank", "hans", "harold", "harry", "harvey", "hassan", "hector", "henrik", "henry", "herbert",
        "hiroshi", "howard", "hugh", "hugo", "ian", "ibrahim", "igor", "isaac", "ivan", "jack", "jacob", "jacques",
        "jake", "jamal", "james", "jared", "jason", "javier", "jay", "jeff", "jeffrey", "jens", "jeremiah", "jeremy",
        "jerome", "jerry", "jesse", "jim", "jimmy", "joachim", "joao", "joe", "joel", "joey", "johan", "john",
        "johnny", "jon", "jonah", "jonas", "jonathan", "jorge", "jose", "joseph", "joshua", "juan", "julian", "julio",
        "jurgen", "justin", "karl", "keir", "keith", "ken", "kenji", "kenneth", "kenny", "kent", "kevin", "khalid",
        "kirk", "klaus", "kofi", "kurt", "kwame", "kyle", "lamar", "lance", "larry", "lars", "lawrence", "leif",
        "leo", "leon", "leonard", "leroy", "levi", "liam", "lindsey", "lionel", "lloyd", "logan", "lou", "louis",
        "luca", "lucas", "luis", "lukas", "luke", "magnus", "mahmoud", "malik", "manuel", "marc", "marcel", "marco",
        "marcus", "mario", "mark", "martin", "marvin", "mason", "mats", "matt", "matthew", "maurice", "max", "mehmet",
        "melvin", "micah", "michael", "miguel", "mike", "mikhail", "milton", "mitch", "mitchell", "mitt", "mohamed",
        "mohammad", "mohammed", "moshe", "muhammad", "mustafa", "narendra", "nathan", "nathaniel", "neal", "ned",
        "neil", "nelson", "nicholas", "nick", "nigel", "nikolai", "nils", "noah", "norman", "olaf", "oliver", "omar",
        "oscar", "otto", "owen", "pablo", "padraig", "patrick", "paul", "paulo", "pavel", "pedro", "per", "peter",
        "phil", "philip", "pierre", "pieter", "preston", "quentin", "rafael", "rahul", "ralph", "ramon", "rand",
        "randall", "randy", "raul", "ray", "raymond", "recep", "reggie", "reginald", "rhys", "ricardo", "richard",
        "rick", "ricky", "rishi", "robbie", "robert", "roberto", "rod", "rodney", "roger", "roland", "ron", "ronald",
        "ross", "roy", "ruben", "rudolph", "rudy", "rupert", "russell", "ryan", "salvador", "samuel", "sanjay",
        "scott", "seamus", "sean", "sebastian", "sergei", "sergey", "sergio", "seth", "shane", "shaun", "shinzo",
        "simon", "stanley", "stefan", "stephan", "stephen", "steve", "steven", "stuart", "sven", "takeshi", "tariq",
        "ted", "terrence", "theo", "thomas", "tim", "timothy", "tobias", "todd", "tom", "tommy", "tony", "travis",
        "trevor", "tristan", "troy", "tyler", "tyrone", "victor", "vijay", "viktor", "vince", "vincent", "vivek",
        "vladimir", "volodymyr", "wade", "walid", "walter", "warren", "wayne", "wesley", "willem", "william",
        "willie", "wolfgang", "xavier", "xi", "yitzhak", "yousef", "yuri", "yusuf", "zach", "zachary", "zack",
    ]

    static let female: Set<String> = [
        "abby", "abigail", "adriana", "agnes", "aisha", "alexandra", "alexandria", "alexis", "alice", "alicia",
        "alison", "allison", "alyssa", "amanda", "amber", "amelia", "amina", "amy", "ana", "anastasia", "andrea",
        "angela", "angelina", "anita", "ann", "anna", "anne", "annie", "annika", "anya", "aoife", "ariana", "ashley",
        "astrid", "audrey", "ava", "ayesha", "barbara", "bella", "bernadette", "beth", "betty", "beverly", "birgit",
        "bonnie", "brenda", "brianna", "bridget", "brittany", "brooke", "caitlin", "camila", "candace", "carla",
        "carly", "carmen", "carol", "caroline", "carolyn", "cassandra", "catalina", "catherine", "cecilia", "celeste",
        "charlotte", "chelsea", "cheryl", "chiara", "chloe", "christina", "christine", "christy", "cindy", "claire",
        "clara", "claudia", "colleen", "connie", "courtney", "crystal", "cynthia", "daisy", "danielle", "daphne",
        "dawn", "deborah", "debra", "delia", "denise", "diana", "diane", "dolores", "donna", "doris", "dorothy",
        "edith", "eileen", "ekaterina", "elaine", "eleanor", "elena", "elise", "eliza", "elizabeth", "ella", "ellen",
        "ellie", "eloise", "emilia", "emily", "emma", "erica", "erika", "erin", "esther", "eva", "eve", "evelyn",
        "faith", "fatima", "felicity", "fiona", "florence", "frances", "francesca", "freya", "gabriela", "gabrielle",
        "gail", "georgina", "geraldine", "gillian", "gina", "giulia", "gloria", "grace", "grainne", "greta", "gwen",
        "gwynne", "hanna", "hannah", "harriet", "hazel", "heather", "heidi", "helen", "helena", "hilary", "hillary",
        "holly", "ilhan", "imogen", "ingrid", "irene", "irina", "iris", "isabel", "isabella", "isabelle", "ivanka",
        "jacinda", "jacqueline", "jane", "janet", "janice", "jasmine", "jenna", "jennifer", "jenny", "jessica",
        "jill", "joan", "joanna", "joanne", "jocelyn", "johanna", "josephine", "joyce", "juanita", "judith", "judy",
        "julia", "julie", "justine", "kamala", "karen", "karin", "katarina", "kate", "katherine", "kathleen",
        "kathryn", "kathy", "katie", "katrina", "kayla", "keira", "keisha", "kimberly", "kirsten", "kirsty",
        "kristen", "kristi", "kristin", "kristy", "lana", "latoya", "laura", "lauren", "layla", "leah", "leanne",
        "leila", "lena", "lillian", "lily", "linda", "lisa", "lorraine", "louise", "lucia", "lucy", "lydia",
        "madeline", "madison", "maeve", "mairead", "mandy", "marcia", "margaret", "margarita", "margot", "maria",
        "mariam", "marianne", "marie", "marilyn", "marina", "marjorie", "marlene", "marta", "martha", "mary",
        "maryam", "matilda", "maureen", "mavis", "maya", "megan", "meghan", "melania", "melanie", "melissa", "mia",
        "michelle", "mildred", "miriam", "moira", "molly", "monica", "nadia", "nadine", "nancy", "naomi", "natalia",
        "natalie", "natalya", "natasha", "nell", "nellie", "nesma", "niamh", "nicola", "nicole", "nikki", "nina",
        "nora", "norma", "nuala", "olga", "olive", "olivia", "oprah", "orla", "paige", "pamela", "patricia", "paula",
        "pauline", "peggy", "penny", "phoebe", "phyllis", "polly", "priya", "rachael", "rachel", "ramona", "raquel",
        "rebecca", "rebekah", "regina", "renee", "rhonda", "rita", "roberta", "robyn", "roisin", "rosa", "rose",
        "rosemary", "roxanne", "ruth", "sabrina", "sally", "samantha", "sandra", "sara", "sarah", "serena", "sharon",
        "sheila", "sherine", "shirley", "sienna", "sigrid", "simone", "sinead", "siobhan", "sofia", "sonia", "sonya",
        "sophia", "sophie", "stacey", "stella", "stephanie", "sue", "susan", "suzanne", "svetlana", "sylvia",
        "tamara", "tammy", "tanya", "tara", "tatiana", "teresa", "tessa", "thelma", "theresa", "tiffany", "tina",
        "trisha", "ursula", "valentina", "valerie", "vanessa", "venus", "vera", "veronica", "vicky", "victoria",
        "viola", "violet", "virginia", "vivian", "wanda", "wendy", "whitney", "yasmin", "yolanda", "yulia", "yvonne",
        "zainab", "zara", "zoe",
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
