"""mkdocs-quiz's inline CSS and scripts become references to files, in the same order."""
from __future__ import annotations

from pathlib import Path

from course.assets import externalize, hashed_asset

CSS = hashed_asset("assets/quiz", "quiz.css", ".quiz { color: red; }")
LIB = hashed_asset("assets/quiz", "confetti.js", "var JSConfetti = 1;")
JS = hashed_asset("assets/quiz", "quiz.js", "initQuiz(window.mkdocsQuizConfig);")
PAGE = (
    '<html><head><link rel="stylesheet" href="course.css"></head><body><div class="quiz">Q</div>'
    f'<style type="text/css">{CSS.content}</style><script type="text/javascript">{LIB.content}</script>'
    '<script type="text/javascript">window.mkdocsQuizConfig = {};</script>'
    f'<script type="text/javascript" defer>{JS.content}</script><script src="bundle.js"></script></body></html>'
)


def href(path: str) -> str:
    return "../../" + path


def test_asset_names_carry_a_hash_of_their_content() -> None:
    assert CSS.path.startswith("assets/quiz/quiz.") and CSS.path.endswith(".css")
    assert len(CSS.path.split(".")[1]) == 10
    assert hashed_asset("assets/quiz", "quiz.css", CSS.content) == CSS
    assert hashed_asset("assets/quiz", "quiz.css", CSS.content + " ").path != CSS.path
    assert CSS.is_style and not JS.is_style


def test_scripts_are_referenced_where_they_stood_and_the_stylesheet_moves_to_the_head() -> None:
    out, missing = externalize(PAGE, [CSS, LIB, JS], href)
    assert missing == []
    assert out == (
        f'<html><head><link rel="stylesheet" href="course.css"><link rel="stylesheet" href="../../{CSS.path}"></head>'
        f'<body><div class="quiz">Q</div><script src="../../{LIB.path}"></script>'
        '<script type="text/javascript">window.mkdocsQuizConfig = {};</script>'
        f'<script src="../../{JS.path}"></script><script src="bundle.js"></script></body></html>'
    )


def test_text_that_only_looks_like_an_asset_stays() -> None:
    quoted = f"<pre>{JS.content}</pre>"
    out, missing = externalize(quoted + PAGE, [JS], href)
    assert missing == []
    assert out.startswith(quoted)
    assert out.count(JS.content) == 1


def test_a_missing_inline_copy_is_reported() -> None:
    out, missing = externalize("<html><head></head><body>Ingen quiz</body></html>", [CSS, JS], href)
    assert missing == [CSS.path, JS.path]
    assert out == "<html><head></head><body>Ingen quiz</body></html>"


def test_a_fragment_without_head_keeps_its_stylesheet_in_place() -> None:
    out, missing = externalize(f"<p>A</p><style>{CSS.content}</style><p>B</p>", [CSS], href)
    assert (out, missing) == (f'<p>A</p><link rel="stylesheet" href="../../{CSS.path}"><p>B</p>', [])


def test_plain_lines_skip_markdown_with_the_same_result() -> None:
    """Every quiz fragment of the real course, and some tricky lines, give exactly what
    Python-Markdown with the site's extensions gives, or take the slow path."""
    import markdown
    import yaml as _yaml

    from course.assets import plain_paragraph
    from course.render import literal, literal_inline
    from course.validate import load_course

    root = Path(__file__).resolve().parents[2]
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    extensions = _yaml.load(config[config.index("markdown_extensions:") :].split("\nnav:")[0], Loader=_yaml.SafeLoader)["markdown_extensions"]
    names = [e if isinstance(e, str) else next(iter(e)) for e in extensions]
    configs = {next(iter(e)): next(iter(e.values())) for e in extensions if isinstance(e, dict)}
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    course, _ = load_course(root, root / "docs", root / "quizzes")
    fragments = [literal_inline(o.text) for b in course.banks.values() for q in b.questions for o in q.options]
    fragments += [literal(t) for b in course.banks.values() for q in b.questions for t in (q.text, q.explanation, *(o.feedback for o in q.options)) if t]
    fragments += ["\n" + literal(q.explanation) for b in course.banks.values() for q in b.questions if q.explanation]  # as mkdocs-quiz passes it
    tricky = ["- liste", "1. punkt", "# tittel", "> sitat", "**fet**", "a_b", "x & y", "<b>", "[lenke](x)", "to\nlinjer", "3) tre", "Hva nå?  ", "\n\n    kode", "\n- liste", " \ninnrykk"]
    tricky += ["«Sitat» – 5 % av 10: ja.", "\n\nEtter tomme linjer."]
    fast = 0
    for text in fragments + tricky:
        md.reset()
        quick = plain_paragraph(text)
        if quick is not None:
            fast += 1
            assert quick == md.convert(text), text
    assert fast >= len(fragments) * 0.9  # nearly every real fragment takes the fast path
    assert [t for t in tricky if plain_paragraph(t) is not None] == ["«Sitat» – 5 % av 10: ja.", "\n\nEtter tomme linjer."]
