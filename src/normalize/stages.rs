//! The stages of an interview loop, in order, from a candidate's narrative.
//!
//! The seed's narratives read like "starting with an HR screening, then a case study
//! presentation, followed by interviews with engineering and design leads, and finally with a
//! senior executive". The text is cut into clauses at sentence ends and at the connectives that
//! order a loop (`followed by`, `then`, `and finally`, commas); the part of a clause that only
//! describes content (`focusing on algorithms and system design`, `including behavioral
//! questions`) is dropped; each clause then names at most one stage, its first mention. A stage
//! named again later ("The case study required quick thinking") is the same stage, not a new
//! one.

use regex::Regex;
use std::sync::LazyLock;

/// One stage found in a narrative: its vocabulary value and the words that named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageMention {
    pub stage: &'static str,
    pub text: String,
}

/// The stage vocabulary, each with the phrases that name it (case-insensitive regexes).
/// Where two patterns match at the same place, the longer match wins (`technical phone
/// interview` is a technical interview, not a phone screen).
const RULES: &[(&str, &str)] = &[
    (
        "online_test",
        r"online (?:coding |technical |aptitude |written )?(?:test|assessment|challenge|exam)|(?:coding|sql|aptitude|written|technical|psychometric) (?:test|assessment|challenge|exam)|hackerrank|codility",
    ),
    (
        "take_home",
        r"take[- ]?home(?: assignment| task| test| exercise| project| challenge)?|home assignment",
    ),
    (
        "recruiter_screen",
        r"(?:recruiter|hr|talent acquisition) (?:phone )?(?:screen(?:ing)?|call|chat)|recruiter (?:\w+ )?screened|screened my (?:resume|cv|application)|initial screening|screening call",
    ),
    (
        "phone_screen",
        r"phone (?:screen(?:ing)?|interview|call|round)|telephonic (?:interview|round)|video (?:screen(?:ing)?|interview|call)",
    ),
    (
        "technical_interview",
        r"technical (?:phone |video |on-?site )?(?:interview|round|screen|discussion)s?|coding (?:interview|round)s?|live coding|pair[- ]programming|whiteboard(?:ing)? (?:interview|round|session)",
    ),
    (
        "system_design",
        r"system design (?:interview|round)s?|architecture (?:interview|round)s?",
    ),
    (
        "case_study",
        r"case (?:study|interview)(?: presentation| round)?|business case|presentation",
    ),
    (
        "portfolio_review",
        r"portfolio (?:review|presentation|walk-?through)|design (?:challenge|exercise) review",
    ),
    ("role_play", r"role[- ]?play(?:ing)?(?: exercise)?"),
    (
        "behavioral_interview",
        r"behaviou?ral (?:interview|round)s?|competency (?:interview|round)s?",
    ),
    (
        "group_discussion",
        r"group (?:discussion|exercise|interview)|assessment cent(?:er|re)",
    ),
    (
        "team_interview",
        r"(?:panel|team|peer) (?:interview|round)s?|panel|(?:interviews?|review|discussion|session|chat|conversation)(?: of \w+)? with (?:the |a |an |two |three |several )?(?:\w+ )?(?:and \w+ )?(?:leads?|team|engineers|panel|peers|developers|designers|members|analysts)",
    ),
    (
        "final_round",
        r"final (?:round|interview|stage)s?|on-?site(?: interview| round)?s?|in-person (?:interview|round)s?",
    ),
    // A manager or executive is a stage when met, not when named as a job title ("applied
    // for Sales Manager", "as a Sales Executive").
    (
        "hiring_manager",
        r"hiring manager(?: interview| round)?|managerial (?:interview|round)|(?:with|met|meeting) (?:the |a |my )?(?:future )?(?:team|line|sales|engineering|reporting|department) manager|(?:line|team) manager (?:interview|round)|(?:call|interview|meeting|chat|discussion) with (?:the |a |my )?(?:\w+ )?manager",
    ),
    (
        "executive",
        r"(?:with|met|meeting) (?:the |a |an )?(?:senior )?(?:executive|vp|cto|ceo|coo|cfo|director|founder|head of \w+)|(?:executive|vp|cto|ceo|director|founder) (?:interview|round)",
    ),
    (
        "hr_interview",
        r"cultur(?:e|al)[- ]fit(?: interview| round)?|(?:hr|values|culture|cultural) (?:interview|round)s?|interview with hr",
    ),
    (
        "offer",
        r"(?:received|got|was given|was extended|were extended|made) (?:an |the |a verbal |a written )?offer|offer letter",
    ),
];

/// The stage vocabulary in the order above (for docs and checks).
pub fn vocabulary() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|(s, _)| *s)
}

static PATTERNS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    RULES
        .iter()
        .map(|(stage, p)| {
            (
                *stage,
                Regex::new(&format!(r"(?i)\b(?:{p})\b")).expect("valid stage regex"),
            )
        })
        .collect()
});

/// All the patterns in one: finds where the earliest mention starts in one pass, so clauses
/// (and whole narratives) that name no stage cost one scan instead of one per stage.
static ANY_STAGE: LazyLock<Regex> = LazyLock::new(|| {
    let all: Vec<&str> = RULES.iter().map(|(_, p)| *p).collect();
    Regex::new(&format!(r"(?i)\b(?:{})\b", all.join("|"))).expect("valid stage regex")
});

/// Clause boundaries: sentence ends and the connectives that order a loop.
static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[.;!?]+(?:\s+|$)|\s*[,(]\s*|\s+-\s+|\b(?:followed by|then|and finally|finally|after that|afterwards|before|and then|and (?:a|an|the|one|two|three|four|\d+)\b)")
        .expect("valid regex")
});

/// Where the content part of a clause starts: what a stage covered, not a stage.
static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:focusing|focused|focussed|covering|covered|including|included questions|about|on topics|asking|asked|which tested|testing|to test|to assess|simulating)\b")
        .expect("valid regex")
});

/// The stages a narrative names, in the order it names them, each at most once.
pub fn stages(narrative: &str) -> Vec<StageMention> {
    let mut out: Vec<StageMention> = Vec::new();
    if !ANY_STAGE.is_match(narrative) {
        return out;
    }
    for clause in CLAUSE_BREAK.split(narrative) {
        let clause = match TOPIC.find(clause) {
            Some(m) => &clause[..m.start()],
            None => clause,
        };
        let Some(found) = first_stage(clause) else {
            continue;
        };
        if out.iter().all(|s| s.stage != found.stage) {
            out.push(found);
        }
    }
    out
}

/// The earliest stage mention in a clause (the longest where two start together).
fn first_stage(clause: &str) -> Option<StageMention> {
    let start = ANY_STAGE.find(clause)?.start();
    PATTERNS
        .iter()
        .filter_map(|(stage, re)| {
            re.find_at(clause, start)
                .filter(|m| m.start() == start)
                .map(|m| (std::cmp::Reverse(m.len()), *stage, m.as_str()))
        })
        .min()
        .map(|(_, stage, text)| StageMention {
            stage,
            text: text.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        stages(text).into_iter().map(|s| s.stage).collect()
    }

    /// The five narratives of the seed page, hand-read.
    #[test]
    fn seed_narratives() {
        assert_eq!(
            names("The interview process included an initial phone screen, a behavioral interview, and a final round with the team manager. The questions were situational and focused on real-world customer success challenges."),
            ["phone_screen", "behavioral_interview", "final_round"]
        );
        assert_eq!(
            names("The recruiter initially screened my resume, followed by a phone interview focusing on sales experience. The final round was an in-person interview with the sales manager and a role-play exercise simulating a client meeting."),
            ["recruiter_screen", "phone_screen", "final_round", "role_play"]
        );
        assert_eq!(
            names("The first round was a portfolio review with the design team, focusing on user-centered design principles. The second round was a cultural fit interview with HR. The team was supportive and encouraged questions throughout."),
            ["portfolio_review", "hr_interview"]
        );
        let pm = stages("The interview process was thorough, starting with an HR screening, then a case study presentation, followed by interviews with engineering and design leads, and finally with a senior executive. The case study required quick thinking and clear communication of product strategy.");
        assert_eq!(
            pm.iter().map(|s| (s.stage, s.text.as_str())).collect::<Vec<_>>(),
            [
                ("recruiter_screen", "HR screening"),
                ("case_study", "case study presentation"),
                ("team_interview", "interviews with engineering and design leads"),
                ("executive", "with a senior executive")
            ]
        );
        assert_eq!(
            names("The process started with an online coding test, followed by a technical phone interview focusing on algorithms and system design. The final round was an onsite interview with the team, including behavioral questions and a coding exercise. The interviewers were friendly and gave good feedback throughout."),
            ["online_test", "technical_interview", "final_round"]
        );
    }

    #[test]
    fn other_wordings() {
        assert_eq!(
            names("Got a HackerRank link first. Then a take-home assignment; after that a system design round and a chat with the hiring manager. Received an offer a week later."),
            ["online_test", "take_home", "system_design", "hiring_manager", "offer"]
        );
        assert_eq!(names("Nothing about the process here."), Vec::<&str>::new());
        assert_eq!(
            names("I applied for the Sales Manager role as a Sales Executive. One HR round."),
            ["hr_interview"],
            "job titles are not stages"
        );
        assert_eq!(names(""), Vec::<&str>::new());
    }

    /// Narratives of the bundled raw/ pages, hand-read.
    #[test]
    fn bundled_narratives() {
        for (text, want) in [
            (
                "A phone screen and one technical interview on site. Feedback came within a week.",
                vec!["phone_screen", "technical_interview"],
            ),
            (
                "Take-home exercise, then a review of it with two engineers, then a values interview. I never heard back after the last round.",
                vec!["take_home", "team_interview", "hr_interview"],
            ),
            (
                "A recruiter call, a marketing case presentation, a panel with the growth team and a final interview with the CEO.",
                vec!["recruiter_screen", "case_study", "team_interview", "final_round"],
            ),
            (
                "An agency recruiter set up a call with the regional manager, followed by an in-person interview at the branch with a role-play of a client meeting.",
                vec!["hiring_manager", "final_round"],
            ),
            (
                "A group discussion and a one-on-one interview with the support manager, with a customer call role-play.",
                vec!["group_discussion", "hiring_manager", "role_play"],
            ),
            (
                "A SQL test, a case study on merchant churn and a discussion with the analytics lead.",
                vec!["online_test", "case_study", "team_interview"],
            ),
            (
                "Coding round, two system design rounds, a managerial round and an HR round. I withdrew after the fourth round because I accepted another offer.",
                vec!["technical_interview", "system_design", "hiring_manager", "hr_interview"],
            ),
        ] {
            assert_eq!(names(text), want, "{text}");
        }
    }

    #[test]
    fn content_is_not_a_stage() {
        // "system design" and "coding exercise" are what the rounds covered.
        assert_eq!(
            names("A technical interview covering system design and a coding exercise."),
            ["technical_interview"]
        );
    }
}
