import { setOf } from "./normalize";

/**
 * Capitalised words that start sentences, headings and bullets but never
 * start a name. A run that begins with one of these loses it.
 */
export const NON_NAME_CAPS = setOf(
  "the|a|an|this|that|these|those|he|she|it|they|we|you|i|his|her|its|their|our|my|your|him|them|us|me|" +
    "but|and|or|nor|so|yet|if|when|whenever|while|although|though|as|after|before|in|on|at|for|with|by|from|to|" +
    "of|about|into|over|under|between|among|amid|amongst|through|throughout|during|despite|since|until|till|" +
    "unless|because|whether|according|however|meanwhile|instead|moreover|furthermore|nevertheless|nonetheless|" +
    "still|also|then|now|here|there|thus|hence|indeed|perhaps|maybe|even|just|only|more|most|less|least|many|" +
    "much|some|any|all|both|each|every|either|neither|no|not|none|one|two|three|four|five|six|seven|eight|nine|" +
    "ten|first|second|third|last|next|other|another|such|what|who|whom|whose|which|where|why|how|whatever|" +
    "whoever|wherever|yes|oh|well|like|unlike|following|including|regarding|concerning|given|asked|speaking|" +
    "writing|watch|read|see|click|sign|follow|subscribe|share|related|update|updated|editor|editors|note|" +
    "photo|photos|video|videos|image|images|source|sources|advertisement|sponsored|breaking|exclusive|opinion|" +
    "analysis|commentary|live|listen|today|tonight|tomorrow|yesterday|hours|minutes|days|weeks|months|years|" +
    "earlier|later|soon|once|again|already|almost|nearly|about|around|across|against|along|beyond|toward|" +
    "towards|upon|within|without|via|per|plus|minus|despite|anyway|besides|otherwise|therefore|accordingly|" +
    "consequently|additionally|finally|lastly|overall|ultimately|basically|clearly|obviously|apparently|" +
    "reportedly|allegedly|officially|initially|originally|previously|recently|currently|eventually|" +
    "fortunately|unfortunately|sadly|interestingly|importantly|notably|specifically|especially|particularly|" +
    "dear|hello|hi|thanks|thank|please|sorry|welcome|mr|mrs|ms|do|does|did|is|are|was|were|be|been|has|have|had|" +
    "will|would|can|could|should|shall|may|might|must|let|get|got|make|made|take|took|go|went|come|came|" +
    "say|says|said|tell|told|think|thought|know|knew|look|looks|meet|meanwhile|why|everyone|everybody|someone|" +
    "somebody|anyone|anybody|nobody|nothing|something|anything|everything|ok|okay|wow|amen|hey|well|true|false",
);

export const MONTHS = setOf(
  "january|february|march|april|may|june|july|august|september|october|november|december|" +
    "jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
);

export const WEEKDAYS = setOf(
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon.|tue.|tues.|wed.|thu.|thur.|thurs.|fri.|sat.|sun.",
);

/** Month names that are also given names; they are a month only next to a number or a date word. */
export const NAME_LIKE_MONTHS = setOf("may|june|april|august|march");

/** Spanish/Arabic/Dutch particles that sit inside personal names ("Joaquín de la Cruz"). */
export const NAME_PARTICLES = setOf("de|del|la|las|los|y|da|do|dos|das|van|von|der|den|ter|bin|ibn|al|el|abu|le|du|di|st.");
