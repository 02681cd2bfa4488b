"""Where a resident's answers live: their own session, or a signed share link. Nothing else.

The session holds only option codes (and a municipality code instead of a postcode), keyed by
the questionnaire, never together with a name, address or anything typed in.
"""

from dataclasses import dataclass, field

from django.core import signing

from directory.wegwijzer.routing import Answers

SHARE_SALT = "steunwijzer.wegwijzer.share"


@dataclass
class State:
    """The answers of one resident to one questionnaire (in both languages)."""

    fingerprint: str
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    completed: bool = False  # counted once in the statistics

    def as_session(self) -> dict:
        return {
            "v": self.fingerprint,
            "a": {k: list(v) for k, v in self.answers.items()},
            "c": self.completed,
        }


def _session_key(page) -> str:
    return f"wegwijzer:{page.translation_key}"


def _answers(raw) -> dict[str, tuple[str, ...]]:
    """Answers from untrusted data; anything malformed is left out, never an error."""
    if not isinstance(raw, dict):
        return {}
    result = {}
    for key, value in list(raw.items())[:50]:
        if (
            isinstance(key, str)
            and isinstance(value, list | tuple)
            and len(value) <= 20
            and all(isinstance(v, str) and len(v) <= 60 for v in value)
        ):
            result[key] = tuple(value)
    return result


def state_load(*, request, page) -> State | None:
    """The resident's state, or None; reading never creates a session or a cookie."""
    if not request.COOKIES.get(_session_cookie_name()):
        return None
    raw = request.session.get(_session_key(page))
    if not isinstance(raw, dict) or not isinstance(raw.get("v"), str):
        return None
    return State(raw["v"], _answers(raw.get("a")), bool(raw.get("c")))


def state_save(*, request, page, state: State) -> None:
    """Store the state; the session cookie ends when the browser closes."""
    request.session[_session_key(page)] = state.as_session()
    request.session.set_expiry(0)


def state_clear(*, request, page) -> None:
    """Forget the answers ("opnieuw beginnen")."""
    if request.COOKIES.get(_session_cookie_name()):
        request.session.pop(_session_key(page), None)


def _session_cookie_name() -> str:
    from django.conf import settings

    return settings.SESSION_COOKIE_NAME


def share_token(*, fingerprint: str, answers: Answers) -> str:
    """A signed, compact token with only option codes; it reproduces the result."""
    payload = {"v": fingerprint, "a": {k: list(v) for k, v in answers.items()}}
    return signing.dumps(payload, salt=SHARE_SALT, compress=True)


def share_load(*, token: str) -> tuple[str, dict[str, tuple[str, ...]]] | None:
    """(fingerprint, answers) from a share token, or None when it was changed or made up."""
    try:
        payload = signing.loads(token, salt=SHARE_SALT)
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("v"), str):
        return None
    return payload["v"], _answers(payload.get("a"))
