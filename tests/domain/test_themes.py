from __future__ import annotations

from briefing_app.domain.themes import THEMES, THEMES_BY_KEY, theme_label, themes_for


def test_keys_are_unique_and_labelled() -> None:
    assert len(THEMES_BY_KEY) == len(THEMES)
    assert all(theme.label and theme.description for theme in THEMES)


def test_tags_by_the_words_used() -> None:
    assert themes_for("Too many looked after children enter the criminal justice system.") == (
        "offending",
    )
    assert "care-leavers" in themes_for("The adjusted NEET figure for care leavers is 48.1%.")
    assert "corporate-parenting" in themes_for("Elected members are not sufficiently skilled.")
    assert themes_for("The weather was fine.") == ()


def test_theme_label_falls_back_to_the_key() -> None:
    assert theme_label("health") == "Health"
    assert theme_label("unknown-key") == "unknown-key"
