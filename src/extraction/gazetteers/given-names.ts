import { setOf } from "./normalize";

/**
 * Common given names (English, Spanish, and others frequent in world news).
 * A capitalised pair that starts with one is a person even with no title or
 * speech verb nearby ("Ted Cruz", "Claudia Sheinbaum").
 */
export const GIVEN_NAMES = setOf(
  "aaron|abby|abdul|abdullah|abe|abigail|abraham|adam|adrian|adriana|agustin|ahmed|aidan|al|alan|albert|alberto|" +
    "alec|alejandra|alejandro|alex|alexander|alexandra|alexandria|alexis|alfonso|alfred|alfredo|ali|alice|alicia|" +
    "alison|allen|allison|alma|alvaro|amanda|amber|amy|ana|andre|andrea|andres|andrés|andrew|andy|angel|angela|" +
    "angelica|angie|anita|ann|anna|anne|annie|anthony|antonio|april|ariel|arlene|armando|arnold|arthur|arturo|" +
    "ashley|audrey|austin|ava|barack|barbara|barry|beatriz|becky|ben|benjamin|benito|bernard|bernie|beth|betsy|" +
    "betty|beverly|bill|billy|blake|bob|bobby|bonnie|brad|bradley|brandon|brenda|brett|brian|bridget|brittany|" +
    "brooke|bruce|bryan|byron|caitlin|calvin|cameron|camila|carl|carla|carlos|carly|carmen|carol|carolina|" +
    "caroline|carolyn|carrie|casey|catherine|cathy|cecilia|celia|cesar|césar|chad|charles|charlie|charlotte|" +
    "chelsea|cheryl|chris|christian|christie|christina|christine|christopher|chuck|cindy|claire|clara|clarence|" +
    "claudia|clay|clint|clinton|cody|colin|connie|conor|corey|cory|craig|cristina|crystal|curtis|cynthia|" +
    "dale|dan|dana|daniel|daniela|danielle|danny|darrell|dave|david|dean|deb|debbie|deborah|debra|denis|" +
    "denise|dennis|derek|devin|diana|diane|diego|dina|dmitry|dolores|dominic|don|donald|donna|doris|" +
    "doug|douglas|dwight|dylan|earl|ed|eddie|edgar|eduardo|edward|edwin|elaine|eleanor|elena|eli|elijah|" +
    "elisa|elizabeth|ellen|elon|elise|elizabeth|emily|emma|emmanuel|enrique|eric|erica|erik|erin|ernest|" +
    "ernesto|esteban|esther|ethan|eugene|eva|evan|evelyn|felipe|felix|fernando|fidel|frances|francis|" +
    "francisco|frank|franklin|fred|frederick|gabriel|gabriela|gail|gary|gavin|gene|geoffrey|george|gerald|" +
    "gerardo|gina|glen|glenn|gloria|gordon|grace|graham|greg|gregory|guadalupe|guillermo|gustavo|hakeem|" +
    "hal|hannah|harold|harry|hassan|heather|hector|héctor|heidi|helen|henry|herbert|herman|hillary|hilda|" +
    "holly|howard|hugh|hugo|hunter|ian|ignacio|igor|ilhan|irene|iris|isaac|isabel|isabella|ismael|ivan|" +
    "ivanka|jack|jackie|jacob|jacqueline|jaime|jake|james|jamie|jan|jane|janet|janice|jared|jason|javier|" +
    "jay|jean|jeanne|jeb|jeff|jeffrey|jennifer|jenny|jeremy|jerome|jerry|jesse|jessica|jesus|jesús|jill|" +
    "jim|jimmy|jo|joan|joanna|joaquin|joaquín|jodi|jody|joe|joel|john|johnny|jon|jonathan|jorge|jose|josé|" +
    "joseph|josh|joshua|joy|joyce|juan|juana|judith|judy|julia|julian|julie|julio|justin|kamala|karen|karl|" +
    "kate|katherine|kathleen|kathryn|kathy|katie|kay|keith|kelly|ken|kenneth|kevin|kim|kimberly|" +
    "kirk|kristen|kristi|kristin|kurt|kyle|lance|larry|laura|lauren|lawrence|lee|leon|leonard|leonardo|" +
    "leslie|lewis|liam|lily|linda|lindsey|lisa|liz|lloyd|logan|lois|loretta|lori|lorenzo|louis|louise|lucas|" +
    "lucia|lucy|luis|luke|luz|lynn|maggie|manuel|marc|marcela|marco|marcos|marcus|margaret|maria|maría|marie|" +
    "mario|marion|marisol|marjorie|mark|marsha|martha|martin|martín|marvin|mary|mason|matt|matthew|maureen|" +
    "maurice|max|maxine|megan|melania|melissa|melvin|mercedes|mia|michael|michele|michelle|" +
    "miguel|mike|mildred|miriam|mitch|mitchell|mitt|mohammed|mohammad|muhammad|monica|morgan|nancy|naomi|" +
    "natalie|nathan|neil|nelson|newt|nicholas|nick|nicola|nicolas|nicolás|nicole|nikki|nina|noah|noel|" +
    "nora|norma|norman|octavio|olga|oliver|olivia|omar|orlando|oscar|óscar|pablo|pamela|pat|patricia|patrick|" +
    "patty|paul|paula|pedro|peggy|penny|pete|peter|phil|philip|phillip|phyllis|rachel|rafael|ralph|" +
    "ramon|ramón|rand|randy|raquel|ray|raymond|rebecca|reed|reggie|reince|renee|ricardo|richard|rick|ricky|" +
    "rita|rob|robert|roberta|roberto|robin|rocio|rodney|rodrigo|roger|roland|ron|ronald|ronnie|rosa|rosalie|" +
    "rose|ross|roy|ruben|rubén|ruby|rudy|russell|ruth|ryan|sally|salvador|sam|samantha|samuel|sandra|sandy|" +
    "santiago|sara|sarah|scott|sean|sebastian|sergio|seth|shannon|sharon|shawn|sheila|shirley|sidney|" +
    "silvia|sofia|sonia|sophia|stacey|stanley|stephanie|stephen|steve|steven|susan|suzanne|sylvia|tammy|" +
    "tanya|ted|teresa|terry|theodore|theresa|thomas|tim|timothy|tina|todd|tom|tommy|tony|tracy|travis|" +
    "trey|tucker|tyler|valerie|vanessa|vera|veronica|vicente|victor|víctor|victoria|vincent|virginia|" +
    "vivian|vladimir|volodymyr|walter|wanda|warren|wayne|wendy|wesley|whitney|william|willie|xavier|" +
    "yolanda|yvonne|zachary|zoe|xi|kim|recep|emmanuel|olaf|friedrich|giorgia|keir|rishi|boris|benjamin|" +
    "narendra|shinzo|fumio|justin|jair|luiz|gustavo|nayib|javier|andrés|claudia|enrique|felipe|vicente|" +
    "ernesto|genaro|ovidio|ismael|rafael|joaquin|amado|arturo|osiel|heriberto|miguel|omar|" +
    "marcelo|alfonso|alicia|mayra|rosa|lorena|ximena|kash|pam|pete|tulsi|marco|jd|kristi|" +
    "stephen|susie|karine|jen|sean|kayleigh|sarah|dana|ron|gavin|greg|josh|ted|lindsey|rand|" +
    "mitch|chuck|nancy|kevin|mike|hakeem|alexandria|ilhan|rashida|ayanna|bernie|elizabeth|kamala|tim|jd|" +
    "barack|michelle|hillary|bill|george|laura|jimmy|ronald|dick|al|joe|jill|hunter|melania|ivanka|jared|" +
    "donald|eric|lara|tiffany|barron",
);
