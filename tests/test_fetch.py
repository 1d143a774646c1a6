"""Downloading a page (nutgraf.fetch) from a local server: success, redirect, HTTP error,
timeout, too large, not HTML, nowhere to connect."""
from __future__ import annotations

import socket

import pytest

from nutgraf.fetch import FetchError, fetch, load_url, name_of


def test_a_page_is_downloaded_and_read_as_an_article(web):
    seen = []
    doc, raw = load_url(web.url("/article.html"), lambda done, total: seen.append((done, total)))
    assert doc.title == "Harbour bridge reopens" and doc.format == "html"
    assert "2.4 million pounds" in doc.text
    assert doc.source == web.url("/article.html") and raw.startswith(b"<!doctype html>")
    assert seen[0] == (0, len(raw)) and seen[-1] == (len(raw), len(raw))


def test_redirects_are_followed_and_the_address_asked_for_is_the_source(web):
    doc, _ = load_url(web.url("/moved"))
    assert doc.title == "Harbour bridge reopens"
    assert doc.source == web.url("/moved") and doc.name == web.url("/article.html").split("//")[1]


@pytest.mark.parametrize(("path", "words"), [
    ("/missing", "the server answered 404 Not Found"),
    ("/paper.pdf", "not a web page but application/pdf"),
])
def test_http_errors_and_other_content_are_one_line(web, path, words):
    with pytest.raises(FetchError, match=words) as info:
        fetch(web.url(path))
    assert "\n" not in str(info.value)


def test_a_server_that_does_not_answer_times_out(web):
    with pytest.raises(FetchError, match=r"no answer within 0\.5 s"):
        fetch(web.url("/slow"), timeout=0.5)


def test_a_page_larger_than_the_limit_is_refused_before_it_is_read(web):
    with pytest.raises(FetchError, match=r"the page is 0\.00391 MB, larger than the"):
        fetch(web.url("/big"), max_bytes=1024)


def test_a_page_that_grows_past_the_limit_unannounced_is_refused(web, monkeypatch):
    import nutgraf.fetch as fetching

    monkeypatch.setattr(fetching, "_length", lambda value: None)  # as if no Content-Length came
    with pytest.raises(FetchError, match="larger than the"):
        fetch(web.url("/big"), max_bytes=1024)


def test_nowhere_to_connect_says_offline():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect .*are you offline"):
        fetch(f"http://127.0.0.1:{port}/x")


def test_a_page_with_no_article_is_a_fetch_error(web):
    web.routes["/empty"] = (200, {"Content-Type": "text/html"}, b"<html><body></body></html>", 0)
    with pytest.raises(FetchError):
        load_url(web.url("/empty"))


def test_name_of_a_page_is_host_and_path():
    assert name_of("https://example.org/news/story/") == "example.org/news/story"
