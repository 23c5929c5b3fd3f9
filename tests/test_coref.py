"""Coreference of pronouns: to the most recent compatible speaker, where the words
of a mention ("Ms.", "spokeswoman") make a gender incompatible."""

from __future__ import annotations

from attribution import analyze


def entities(text: str) -> list[str | None]:
    analysis = analyze(text)
    return [
        analysis.speakers[s.speaker].name if s.speaker is not None else None
        for s in analysis.statements
    ]


def speakers(text: str) -> list[tuple[str, str]]:
    """The article's sources as (name, kind)."""
    return [(s.name, s.kind.value) for s in analyze(text).speakers]


def test_he_does_not_resolve_to_a_woman_named_with_ms() -> None:
    text = (
        "“We hear you,” said Ms. Ruiz, the mayor.\n\n"
        "The chief was less certain. He said the department needed more officers."
    )
    assert entities(text) == ["Ruiz", None]


def test_she_resolves_past_a_man_to_the_spokeswoman() -> None:
    text = (
        "“We will appeal,” the agency's spokeswoman said.\n\n"
        "“It was a fair trial,” Mr. Lee said.\n\n"
        "She said the agency would file on Monday."
    )
    assert entities(text) == ["agency's spokeswoman", "Lee", "agency's spokeswoman"]


def test_a_pronoun_without_gender_evidence_takes_the_latest_speaker() -> None:
    text = "“We will appeal,” Dana Wu said.\n\nShe said the agency would file on Monday."
    assert entities(text) == ["Dana Wu", "Dana Wu"]


def test_a_capitalised_plural_common_noun_is_no_person() -> None:
    text = "Ministers insisted the plan would go ahead.\n\nRecords show the money was spent."
    analysis = analyze(text)
    kinds = [
        analysis.speakers[s.speaker].kind.value
        for s in analysis.statements
        if s.speaker is not None
    ]
    assert kinds == ["anonymous", "unresolved"]


def test_the_report_is_no_speaker_who_told_reporters() -> None:
    text = (
        "“We are not going anywhere,” the coach, Marta Silva, told reporters.\n\n"
        "The report, written by researchers at Leeds, found that rents rose.\n\n"
        "“It was a long night,” the mayor said in a statement. The statement added that"
        " the roads were open."
    )
    assert entities(text) == ["Marta Silva", "The report", "the mayor", "the mayor"]


def test_on_inside_a_bodys_name_belongs_to_it() -> None:
    text = (
        "The Lakeland Commission on Human Rights said it had logged 32 cases. "
        "The talks failed, said Mara Ellis of the Council on Foreign Affairs. "
        "Ruiz on Monday said the talks would resume."
    )
    assert speakers(text) == [
        ("The Lakeland Commission on Human Rights", "organization"),
        ("Mara Ellis", "person"),
        ("Ruiz", "person"),
    ]


def test_two_words_that_go_on_to_say_it_and_its_are_a_company() -> None:
    text = (
        "Kestrel Freight said it would still pay its quarterly dividend.\n\n"
        "Maria Okafor said it would take time for the port to pay its debts.\n\n"
        "Tomas Brandt said it was a shame."
    )
    assert [kind for _, kind in speakers(text)] == ["organization", "person", "person"]


def test_the_bank_and_the_airline_are_the_bank_and_the_airline_named_before() -> None:
    text = (
        "Harwell Bank said profits fell. The figures were weak, the bank said.\n\n"
        "Coastline Air said the flight was delayed. The carrier said no one was hurt."
    )
    assert entities(text) == ["Harwell Bank"] * 2 + ["Coastline Air"] * 2
    assert speakers(text)[1] == ("Coastline Air", "organization")


def test_a_body_is_not_the_person_whose_role_it_modifies() -> None:
    text = (
        "“We will build it,” said council leader Priya Anand. "
        "Work starts in March, the council said. "
        "“The council has listened,” said Anand's deputy, Tom Reyes."
    )
    assert entities(text) == ["Priya Anand", "the council", "Tom Reyes"]


def test_a_company_short_name_is_the_company_unless_a_person_has_it() -> None:
    text = (
        "Donald Trump said he would win.\n\n"
        "Trump Holdings said the hotel was sold.\n\n"
        "Trump said the sale was good.\n\n"
        "Lumen Semiconductor said revenue fell.\n\n"
        "Lumen added that it would cut jobs."
    )
    assert entities(text) == [
        "Donald Trump",
        "Trump Holdings",
        "Donald Trump",
        "Lumen Semiconductor",
        "Lumen Semiconductor",
    ]


def test_a_pronoun_takes_the_named_subject_of_the_sentence_before() -> None:
    text = (
        "Gov. Dana Harlan leads Sen. Marcus Webb, a poll found.\n\n"
        "“Polls go up and down,” Webb told reporters.\n\n"
        "Harlan, speaking at a steel plant, struck a more confident tone. "
        "She said the numbers showed a hunger for change."
    )
    assert entities(text) == ["a poll", "Marcus Webb", "Dana Harlan"]


def test_a_subject_of_the_other_gender_is_passed_over() -> None:
    text = (
        "“We will appeal,” Ms. Ruiz said.\n\n"
        "Walter Grant, the chief, toured the site on Monday. "
        "She said the agency would file by Friday."
    )
    assert entities(text) == ["Ruiz", "Ruiz"]


def test_the_subject_of_the_pronoun_s_own_sentence_is_its_antecedent() -> None:
    text = (
        "“We are ahead of Bernie Sanders,” Hillary Clinton said.\n\n"
        "Sanders pointed to the polls, smiling as he noted that his lead had grown."
    )
    # "pointed to the polls" is a statement of Sanders's too; "he" is his
    assert entities(text) == ["Hillary Clinton", "Bernie Sanders", "Bernie Sanders"]


def test_a_lone_surname_never_introduced_in_full_is_no_antecedent() -> None:
    text = (
        "“We are ahead,” Hillary Clinton said.\n\n"
        "Missouri voted on Tuesday, and he noted that the count was slow."
    )
    assert entities(text)[-1] is None


def test_an_opening_word_or_a_group_is_no_antecedent() -> None:
    text = (
        "“We will win,” Ann Lee said.\n\n"
        "Following the vote, Republicans celebrated. She said the count was final."
    )
    assert entities(text) == ["Ann Lee", "Ann Lee"]


def test_a_name_after_its_description_is_an_antecedent_with_the_description_s_gender() -> None:
    text = (
        "“We will win,” Tom Reid said.\n\n"
        "His daughter, Jess, isn't ready to give up. She said the petition had 2,300 names."
    )
    analysis = analyze(text)
    speaker = analysis.statements[-1].speaker
    assert speaker is not None
    jess = analysis.speakers[speaker]
    assert (jess.name, jess.role) == ("Jess", "His daughter")


def test_a_share_of_a_group_is_named_whole_and_is_no_person() -> None:
    """ "Many of the delegates", "Two of the delegates": a share of unnamed people,
    named with its quantifier; no "of the delegates", no role, and no "he" after it."""
    text = (
        "Many of the delegates said they would stay. "
        "Two of the delegates said they would leave early.\n\n"
        "Most of the county's Democratic brass backed the mayor. She said the vote was fair."
    )
    analysis = analyze(text)
    shares = [s for s in analysis.speakers if " of " in s.name]
    assert [(s.name, s.kind.value, s.role) for s in shares] == [
        ("Many of the delegates", "anonymous", None),
        ("Two of the delegates", "anonymous", None),
        ("Most of the county's Democratic brass", "anonymous", None),
    ]
    assert entities(text)[-1] is None  # "She" is no share of a group


def test_a_role_alone_in_a_headline_is_no_person() -> None:
    text = "Minister defends housing plan as revolt grows\n\nThe vote is on Monday.\n"
    assert speakers(text) == [("Minister", "unresolved")]


def test_one_of_an_unnamed_group_shares_its_reason_for_anonymity() -> None:
    text = (
        "Two people familiar with the talks, who spoke on the condition of anonymity "
        "because they were not authorized to discuss them, said the deal was close.\n\n"
        '"We are nearly there," one of them said.'
    )
    analysis = analyze(text)
    share = next(s for s in analysis.speakers if s.name == "one of them")
    assert share.anonymity_reason == "on the condition of anonymity"


def test_she_does_not_take_a_group_of_people() -> None:
    text = (
        '"It is time," said Carla Ruiz, the candidate.\n\n'
        "Many people at the rally said they would vote for her. "
        "She said the turnout was the largest of the campaign."
    )
    assert entities(text)[-1] == "Carla Ruiz"


INTERVIEW = (
    "Orchard growers fear a late frost\n\n"
    "By Tomas Reyes\n\n"
    "Hana Sato, a beekeeper, has kept hives in the valley for 30 years. She spoke about "
    "the season ahead. Answers have been edited for length.\n\n"
    "Q: How bad was the spring?\n\n"
    "A: The worst I remember. We lost a third of the colonies in April.\n\n"
    "Q: Will prices rise?\n\n"
    "A: They have to. Nobody can sell honey at a loss for two years running.\n"
)


def labelled(label: str) -> tuple[list[str], list[str | None]]:
    """The contents and speakers of the interview's statements under a label."""
    analysis = analyze(INTERVIEW)
    found = [s for s in analysis.statements if s.mention and s.mention.text(INTERVIEW) == label]
    contents = [s.fragments[0].span.text(INTERVIEW) for s in found]
    speakers = [analysis.speakers[s.speaker].name if s.speaker is not None else None for s in found]
    return contents, speakers


def test_an_interviews_answers_are_the_words_of_the_person_its_introduction_names() -> None:
    assert labelled("A") == (
        [
            "The worst I remember. We lost a third of the colonies in April",
            "They have to. Nobody can sell honey at a loss for two years running",
        ],
        ["Hana Sato", "Hana Sato"],
    )


def test_an_interviews_questions_are_the_interviewers_and_name_no_source() -> None:
    assert labelled("Q") == (["How bad was the spring", "Will prices rise"], [None, None])
    # questions put to the source claim nothing: sourcing counts leave them out
    classes = {
        s.cue_class
        for s in analyze(INTERVIEW).statements
        if s.mention and s.mention.text(INTERVIEW) == "Q"
    }
    assert classes == {"question"}


def test_a_name_that_opens_two_answers_makes_an_interview_without_q_labels() -> None:
    text = (
        "Q&A: Why the ferry fares are rising\n\n"
        "We asked Ines Duarte, a transport economist in Lisbon, what is going on.\n\n"
        "Why now?\n\n"
        "Duarte: Fuel went up by a third in a year. Somebody pays for that.\n\n"
        "Will it last?\n\n"
        "Duarte: Not past the summer, I think.\n"
    )
    analysis = analyze(text)
    answers = [s for s in analysis.statements if s.cue is not None and s.cue.text(text) == ":"]
    assert [s.fragments[0].span.text(text) for s in answers] == [
        "Fuel went up by a third in a year. Somebody pays for that",
        "Not past the summer, I think",
    ]
    assert {analysis.speakers[s.speaker].name for s in answers if s.speaker is not None} == {
        "Ines Duarte"
    }
    assert all(s.mention is None or s.mention.text(text) != "Q&A" for s in analysis.statements)


def test_a_lone_answer_label_outside_an_interview_is_no_source() -> None:
    text = "Q: Is the bridge open?\n\nA: Not until May, the council said.\n"
    analysis = analyze(text)
    assert [s.mention.text(text) if s.mention else None for s in analysis.statements] == [
        "the council"
    ]


def test_a_titled_name_after_its_description_is_the_speaker_already_named() -> None:
    # the pronoun's antecedent is found as the subject of the first sentence; its
    # title ("Councillor", "Dr.") is no part of the person's name
    text = (
        "The county's budget chief, Councillor Edith Marrow, said the rise was unavoidable.\n\n"
        "“We cut what we could,” she told the meeting.\n\n"
        "Study leader Dr. Tomas Reyna of Harlow College said the data were clear.\n\n"
        "“The effect is large,” he said."
    )
    assert entities(text) == ["Edith Marrow", "Edith Marrow", "Tomas Reyna", "Tomas Reyna"]


def test_two_names_joined_by_an_ampersand_are_one_firm() -> None:
    text = (
        "Analysts at Kestrel & Vane said the shares were cheap.\n\n"
        "Whitlow & Brandt said it would appeal."
    )
    assert speakers(text) == [
        ("Analysts at Kestrel & Vane", "anonymous"),
        ("Whitlow & Brandt", "organization"),
    ]


def test_a_title_before_the_name_is_the_role_over_a_relative_clause_or_an_age() -> None:
    cases = {
        "Harbour Board chairman Ivo Stanek, who took office in May, said the pier would"
        " reopen.": "Harbour Board chairman",
        "“We will reopen,” said Harbour Board chairman Ivo Stanek, who took office in May.": (
            "Harbour Board chairman"
        ),
        "United midfielder Sam Okoro, 22, said the team was ready.": "United midfielder",
        "Trial leader Dr. Ana Pereira said the results were clear.": "Trial leader",
        "Ivo Stanek, who took office in May, said the pier would reopen.": (
            "who took office in May"
        ),
    }
    for text, role in cases.items():
        assert analyze(text).speakers[0].role == role, text


def test_people_named_by_a_cause_are_a_body() -> None:
    text = (
        "Medics Without Frontiers said the clinic was shelled. "
        "The shelling went on all night, said Friends of the Valley. "
        "Parents Against Pylons said the line must be buried. "
        "Lawyers for Mrs. Adeyemi said the eviction was unlawful."
    )
    assert speakers(text) == [
        ("Medics Without Frontiers", "organization"),
        ("Friends of the Valley", "organization"),
        ("Parents Against Pylons", "organization"),
        ("Lawyers for Mrs. Adeyemi", "anonymous"),
    ]


def test_an_age_after_the_name_is_no_role() -> None:
    cases = {
        "Ines Duarte, 41, said the harbour was closed.": None,
        "Ines Duarte, 41, a ferry pilot, said the harbour was closed.": "a ferry pilot",
        "“It is closed,” said Ines Duarte, 41.": None,
        "“It is closed,” says Ines Duarte, 41, a ferry pilot.": "a ferry pilot",
        "“It is closed,” said Ines Duarte, 41, who has worked there since 2009.": (
            "who has worked there since 2009"
        ),
    }
    for text, role in cases.items():
        assert analyze(text).speakers[0].role == role, text


def test_a_courtesy_title_is_no_role() -> None:
    text = "Asked if he would run again, Mr. Okonjo said: “Ask me next year.”"
    speaker = analyze(text).speakers[0]
    assert (speaker.name, speaker.role) == ("Okonjo", None)


def test_a_palace_speaks_as_a_body() -> None:
    text = "A statement from Buckingham Palace said the King was deeply saddened."
    assert speakers(text)[0][1] == "organization"


def test_an_owner_before_the_name_is_no_role() -> None:
    cases = {
        "The dam held, the region's Water Authority said.": ("Water Authority", None),
        "The dam held, the region's Water Authority chief Lena Varga said.": (
            "Lena Varga",
            "the region's Water Authority chief",
        ),
    }
    for text, (name, role) in cases.items():
        speaker = analyze(text).speakers[0]
        assert (speaker.name, speaker.role) == (name, role), text


def test_a_surname_with_a_second_capital_is_a_named_subject() -> None:
    text = (
        "For forty years, Alasdair MacIver has rowed villagers across the loch.\n\n"
        "“It's cold, and the engine hates me,” he says.\n\n"
        "The council wants a bridge. Its planning officer, James Kerr, says the crossing costs"
        " too much.\n\n"
        "MacIver is not convinced. “A bridge checks on nobody,” he says."
    )
    assert entities(text) == ["Alasdair MacIver", "The council", "James Kerr", "Alasdair MacIver"]


def test_a_surname_means_the_full_name_with_a_hyphenated_given_name() -> None:
    text = (
        "Min-ji Seo has mapped the reef for a decade.\n\n"
        "“It is bleaching faster every year,” says Seo.\n\n"
        "A Busan-area diver, Joon Kang, was less worried. “It comes back,” Kang said."
    )
    assert entities(text) == ["Min-ji Seo", "Joon Kang"]


def test_a_first_name_introduced_with_its_description_is_an_antecedent_later() -> None:
    text = (
        "“We will win,” Tom Reid said.\n\n"
        "His daughter, Jess, is not ready to give up. The petition has 2,300 names. "
        "The council meets on Monday. Few expect a change.\n\n"
        "Jess smiles. “We have time,” she said."
    )
    assert entities(text)[-1] == "Jess"


def test_a_quantifier_before_a_capitalised_plural_is_a_group_and_no_antecedent() -> None:
    text = (
        "Dana Wu spoke on Monday.\n\n"
        "Wu keeps her base angry with what many Democrats view as an unrealistic plan.\n\n"
        "“There are a lot of people out there,” she said at the rally."
    )
    assert speakers(text) == [
        ("many Democrats", "anonymous"),
        ("Dana Wu", "person"),
    ]


def test_two_people_named_together_are_they_not_he() -> None:
    text = (
        "John Bolton said the plan was sound.\n\n"
        "Bolton and Gorka argued that the risk was growing.\n\n"
        "“I have met him more than once,” he said."
    )
    assert entities(text) == ["John Bolton", "Bolton and Gorka", "John Bolton"]


def test_a_one_word_name_that_calls_itself_it_is_an_organization() -> None:
    text = (
        "Calloway said it had repaid every customer.\n\n"
        "Brandt said it was a shame that nobody had warned them."
    )
    # the second "it" stands for no source: Brandt stays a person
    assert speakers(text) == [("Calloway", "organization"), ("Brandt", "person")]


def test_a_body_named_inside_a_role_is_not_the_person() -> None:
    text = (
        "“Beds are the problem,” said Dr. Alan Fitch, chair of the regional medical"
        " association.\n\n"
        "A spokesperson for the health authority said the target stood.\n\n"
        "According to the association, 300 more consultants are needed. The authority"
        " disputes that figure."
    )
    assert entities(text) == [
        "Alan Fitch",
        "spokesperson for the health authority",
        "the association",
        "The authority",
    ]


def test_a_description_still_takes_the_person_whose_role_it_heads() -> None:
    text = (
        "“Rates will rise,” said Priya Raman, chief economist at Harlan Group.\n\n"
        "The economist said inflation had peaked."
    )
    assert entities(text) == ["Priya Raman", "Priya Raman"]


def test_a_definite_share_of_a_group_is_that_group() -> None:
    text = (
        "The ferry will stop in May, according to three people familiar with the plan.\n\n"
        "The board meets on Friday, two of the people said.\n\n"
        "One of the people said the unions had not been told."
    )
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["people familiar with the plan"]
    assert {s.speaker for s in analysis.statements} == {0}


def test_a_name_that_takes_which_is_an_organization() -> None:
    text = (
        "Kestrel, which runs 40 depots, said drivers would get a raise.\n\n"
        "Maria Okonjo, who runs the union, said the raise was too small."
    )
    assert speakers(text) == [("Kestrel", "organization"), ("Maria Okonjo", "person")]


def test_a_surname_after_the_full_name_means_the_person_not_the_headline_surname() -> None:
    text = (
        "Okafor backs young squad after defeat\n\n"
        "Head coach Ngozi Okafor on Sunday backed her young squad.\n\n"
        "“They will learn,” said Okafor."
    )
    # the headline's bare surname came first; backwards-only, it keeps its entity
    assert entities(text) == ["Okafor", "Ngozi Okafor", "Ngozi Okafor"]


def test_it_takes_the_organisation_that_opens_its_sentence() -> None:
    text = (
        "The borough council said parking fees would rise.\n\n"
        "The Denholm Chamber of Trade has launched a petition, which it says 2,000 people"
        " have signed."
    )
    assert entities(text) == ["The borough council", "Denholm Chamber of Trade"]


def test_a_body_named_in_a_headline_is_the_same_body_in_lower_case() -> None:
    text = (
        "Police: Driver fled after crash\n\n"
        "Police said Tuesday that the driver left the scene.\n\n"
        "The cyclist died at the scene, according to police."
    )
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["Police"]


def test_a_relation_named_with_an_owners_pronoun_is_the_person_it_introduced() -> None:
    text = (
        "His sister, Ama Boateng, said the cause was a stroke.\n\n"
        "“He rode the night bus every week,” his sister recalled.\n\n"
        "“He never missed a meeting,” her sister said."
    )
    # the same relation with another owner ("her sister") is somebody else's
    assert entities(text) == ["Ama Boateng", "Ama Boateng", "her sister"]


def test_a_surname_is_not_a_pair_named_together_before() -> None:
    text = (
        "Okoro and Lindqvist said the figures were checked twice.\n\n"
        "Okoro, a statistician who joined in May, said the audit was late."
    )
    assert entities(text) == ["Okoro and Lindqvist", "Okoro"]


def test_a_record_or_statement_from_a_body_is_an_organization_source() -> None:
    text = (
        "Records from the state labour administration show the plant was fined in 2021.\n\n"
        "According to a statement from the council, its lawyers are reviewing the law.\n\n"
        "A letter from the mayor said the plan was dead.\n\n"
        "The deal adds 3% a year, according to a summary posted by the union.\n\n"
        "The backlog will take weeks to clear, according to a note from the consultancy"
        " Halden Marine."
    )
    assert [kind for _, kind in speakers(text)] == [
        "organization",
        "organization",
        "unresolved",
        "organization",
        "organization",
    ]


def test_a_person_introduced_by_named_is_a_pronouns_antecedent() -> None:
    text = (
        "“We cook from scratch now,” said Ines Moreau, the district's nutrition head.\n\n"
        "In a kitchen in Duluth, he watched a cook named Rosa Jimenez slice onions. "
        "She said she had never cooked with fresh peppers."
    )
    assert entities(text) == ["Ines Moreau", "Rosa Jimenez"]


def test_two_statements_of_one_unnamed_subject_are_one_source() -> None:
    # "objected to X, fearing Y": one group said both, not two groups of one name
    text = "Nearby businesses objected to the plan, fearing it would drive trade away."
    assert entities(text) == ["Nearby businesses", "Nearby businesses"]
    assert speakers(text) == [("Nearby businesses", "unresolved")]


def test_an_age_or_nationality_with_no_speaker_just_before_stays_unresolved() -> None:
    # nobody spoke before it: "the 30-year-old" names nobody the article has quoted
    text = "The final went to five sets. \u201cIt was close,\u201d the 30-year-old told reporters."
    assert entities(text) == ["the 30-year-old"]
    # a speaker known by one word only is too thin to stand for
    text = "\u201cWe lost,\u201d Ferrante said. \u201cIt hurts,\u201d the Italian added."
    assert entities(text) == ["Ferrante", "the Italian"]
