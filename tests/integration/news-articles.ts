// Thirty short wire-style articles about one invented story (a family in
// politics, a carmaker, an airline, a safety board), written to exercise
// cross-article linking: full names and bare surnames, fuller forms that tie
// two spellings together, acronyms defined in the text, legal suffixes,
// products, datelines with wire agencies, and relatives who share a surname.
// Every person and company is invented.

export type NewsArticle = { title: string; outlet: string; publishedAt: string; body: string };

const DAY = (n: number) => `2026-03-${String(1 + (n % 28)).padStart(2, "0")}`;

const P = {
  elena: "Senator Elena Varga",
  elenaFull: "Elena Maria Varga",
  thomas: "former Governor Thomas Varga",
  lucia: "Lucia Varga",
  bell: "Marcus Bell",
  whitfield: "Dana Whitfield",
};

const bodies: string[] = [
  `WASHINGTON (AP) — ${P.elena} said on Monday that the highway bill would pass before the spring recess. Varga told reporters in the Capitol that the votes were there. Her husband, ${P.thomas}, did not attend the briefing.`,
  `DETROIT (Reuters) - Shares of Halvern Motor Company fell four percent on Tuesday after the carmaker recalled 40,000 vehicles. Halvern said the recall covered the Halvern H300 sedan built in Ohio. Chief executive Marcus Bell said the company would pay for every repair.`,
  `The Coastal Safety Board (CSB) opened an inquiry into a Zephyrair flight that lost an engine over Lake Erie. The CSB said its investigators would travel to Cleveland on Wednesday. Zephyrair shares were unchanged in early trading.`,
  `Paris (AFP) - Elena Maria Varga, the senator who leads the transport committee, met French officials in Paris on Thursday. Elena Varga said the visit was about aviation safety rules. Varga later flew to Brussels.`,
  `In an interview with the Associated Press, ${P.thomas} said his daughter, ${P.lucia}, would not run for his old seat. Thomas Varga said Lucia Varga wanted to finish law school first. "She has her own plans," Thomas Varga said.`,
  `Halvern Motor Co. said on Friday that it would build a new plant near Toledo, Ohio. The carmaker expects the plant to employ 2,000 workers. Marcus Bell, Halvern's chief executive, called it "a bet on the Midwest."`,
  `Zephyrair said on Monday that it had ordered twelve jets for its routes from Cleveland. Dana Whitfield, the airline's chief executive, said the order would double its fleet. Whitfield said the first jets would arrive next year.`,
  `The Coastal Safety Board said on Tuesday that a cracked fan blade caused the Zephyrair engine failure. The board asked Zephyrair to inspect every engine of the same type. Dana Whitfield said the airline had already begun the inspections.`,
  `WASHINGTON (AP) — Elena Varga and Thomas Varga appeared together at a fundraiser on Wednesday, their first joint appearance this year. Mrs. Varga spoke about the highway bill, and Mr. Varga spoke about his years as governor of Ohio.`,
  `Lucia Varga, the daughter of two of Ohio's best-known politicians, said on Thursday that she would work for a legal aid group in Columbus this summer. Lucia Varga declined to discuss her parents' careers.`,
  `Halvern Motor Company reported a loss for the first quarter, its first in six years. The carmaker blamed the H300 recall. Halvern shares fell two percent. Bell told analysts the loss was "a one-time cost."`,
  `DETROIT (Reuters) - The Halvern H300 returned to showrooms on Friday after the recall repairs were finished, Halvern Motor Co. said. The H300 is the carmaker's best-selling model in Ohio and Michigan.`,
  `The Coastal Safety Board (CSB) said on Monday it would publish its final report on the Zephyrair engine failure in June. Investigators for the CSB interviewed the crew in Cleveland.`,
  `Senator Elena Varga asked the Coastal Safety Board to brief her committee on the Zephyrair inquiry. Varga said travelers deserved answers. The board said it would send two investigators to Washington.`,
  `Zephyrair chief executive Dana Whitfield said on Wednesday that the airline would add flights from Cleveland to Toronto. Whitfield spoke at a conference in Toronto hosted by Reuters.`,
  `Thomas Varga, the former governor of Ohio, joined the board of Halvern Motor Company on Thursday. Halvern said Thomas Varga would advise the carmaker on its Toledo plant. Marcus Bell welcomed him.`,
  `Elena Maria Varga and her daughter, Lucia Varga, toured flood damage in southern Ohio on Friday. The senator promised federal help. Lucia Varga handed out water to volunteers.`,
  `WASHINGTON (AP) — The highway bill backed by Elena Varga passed the Senate on Monday by a vote of 61 to 38. Varga called it "a good day for Ohio." The bill now goes to the House.`,
  `Shares of Zephyrair rose six percent on Tuesday after the Coastal Safety Board said the engine failure was not the airline's fault. Zephyrair said it was grateful for the board's quick work.`,
  `Halvern Motor Co. named a new head of its Toledo plant on Wednesday. Chief executive Marcus Bell said the plant would open in the fall. The plant will build the Halvern H300 and a new electric model.`,
  `Paris (AFP) - Zephyrair chief executive Dana Whitfield met French aircraft makers in Toulouse on Thursday. Whitfield said the airline might order more jets next year.`,
  `Former Governor Thomas Varga said on Friday that he would not endorse any candidate in the Ohio primary. Thomas Varga said his wife, Senator Elena Varga, would decide for herself. Mr. Varga spoke in Columbus.`,
  `The Coastal Safety Board published new inspection rules for fan blades on Monday. The CSB said airlines had ninety days to comply. Zephyrair said it already met the rules.`,
  `DETROIT (Reuters) - Halvern Motor Company said on Tuesday that sales of the H300 rose by a third in March. Halvern credited the recall repairs for restoring trust. Marcus Bell said demand was "stronger than ever."`,
  `Lucia Varga graduated from law school in Columbus on Wednesday. Her mother, Elena Varga, and her father, Thomas Varga, attended the ceremony. Lucia Varga said she would join a legal aid group.`,
  `Elena Varga said on Thursday that she would hold hearings on airline safety after the Zephyrair engine failure. Varga invited Dana Whitfield and the Coastal Safety Board to testify.`,
  `Dana Whitfield told the Senate transport committee on Friday that Zephyrair had inspected every engine. Whitfield answered questions from Senator Elena Varga for two hours.`,
  `WASHINGTON (AP) — The Coastal Safety Board (CSB) told senators on Monday that its inquiry into the Zephyrair engine failure was closed. Elena Maria Varga thanked the board for its work.`,
  `Halvern Motor Co. opened its Toledo plant on Tuesday. Former Governor Thomas Varga cut the ribbon with chief executive Marcus Bell. The plant will build 100,000 Halvern H300 sedans a year.`,
  `Zephyrair and Halvern Motor Company announced on Wednesday a partnership to run electric shuttle buses at Cleveland airport. Dana Whitfield and Marcus Bell signed the agreement in Cleveland.`,
];

const outlets = ["Associated Press", "Reuters", "Agence France-Presse", "The Plain Dealer", "Toledo Blade"];

export const NEWS_ARTICLES: NewsArticle[] = bodies.map((body, i) => ({
  title: body.replace(/^[A-Z ]+\([A-Za-z]+\) [—-] |^Paris \(AFP\) - /, "").split(". ")[0]!.slice(0, 80),
  outlet: outlets[i % outlets.length]!,
  publishedAt: DAY(i),
  body,
}));
