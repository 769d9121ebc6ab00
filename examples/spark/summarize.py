#!/usr/bin/env python3
"""Summarize a JSON Lines corpus on Apache Spark with the abridge binary.

Each input line is one document, {"id": ..., "text": ...}. The job

1. builds a corpus IDF model: every partition sends its records to
   `abridge idf build --input-format jsonl` (each record one document); the
   driver merges the
   partitions' models with `abridge idf merge` (counts add up, so the merged
   model is byte for byte the model of the whole corpus);
2. summarizes every document with `RDD.pipe`: the partition's lines go
   through `abridge --input-format jsonl --format json --idf MODEL`, which
   answers with one JSON line per record, carrying the record's id, in
   input order;
3. writes the summaries as JSON Lines (one part file per partition, in
   partition order) and the model.

The abridge binary and the model must be readable at the same path on every
worker: in local mode that is a given; on a cluster, install abridge on each
node (or ship it with --files) and put the output folder on shared storage.

    spark-submit summarize.py --abridge /usr/local/bin/abridge \
        corpus.jsonl out/ [--master local[2]] [--partitions 4] [-- ABRIDGE_ARGS...]

ABRIDGE_ARGS (after --) are passed to both abridge commands that need them,
for example `-- -n 2 --language fr`.
"""

import argparse
import os
import shlex
import subprocess
import tempfile

from pyspark import SparkConf, SparkContext

# Flags that only the summarizing command takes; `idf build` takes the
# language, the stopwords and the size limit.
IDF_FLAGS = {"-l", "--language", "--stopwords", "--max-bytes"}


def idf_args(extra):
    """The subset of the extra abridge arguments that `idf build` accepts."""
    out, i = [], 0
    while i < len(extra):
        flag = extra[i].split("=", 1)[0]
        if flag in IDF_FLAGS:
            out.append(extra[i])
            if "=" not in extra[i] and i + 1 < len(extra):
                out.append(extra[i + 1])
                i += 1
        i += 1
    return out


def partition_model(abridge, extra):
    """A mapPartitions function: the IDF model of one partition's records."""

    def count(lines):
        records = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
        if not records.strip():
            return []
        model = subprocess.run(
            [abridge, "idf", "build", "--input-format", "jsonl", "-o", "-", "-", *extra],
            input=records.encode("utf-8"),
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8")
        return [model]

    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines corpus: one {id, text} per line")
    parser.add_argument("output", help="folder for summaries/ and idf.json")
    parser.add_argument("--abridge", default="abridge", help="path of the abridge binary")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("abridge_args", nargs=argparse.REMAINDER,
                        help="after --: extra abridge arguments")
    args = parser.parse_args()
    extra = [a for a in args.abridge_args if a != "--"]
    abridge = os.path.abspath(args.abridge) if os.sep in args.abridge else args.abridge
    output = os.path.abspath(args.output)
    os.makedirs(output, exist_ok=True)

    conf = SparkConf().setAppName("abridge-summarize")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        lines = sc.textFile(os.path.abspath(args.input), minPartitions=args.partitions or 2)
        lines = lines.filter(lambda line: line.strip() != "").cache()

        # 1. One model per partition, merged on the driver.
        parts = lines.mapPartitions(partition_model(abridge, idf_args(extra))).collect()
        with tempfile.TemporaryDirectory(prefix="abridge-parts-") as scratch:
            paths = []
            for i, model in enumerate(parts):
                path = os.path.join(scratch, f"part-{i:05d}.json")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(model)
                paths.append(path)
            model_path = os.path.join(output, "idf.json")
            subprocess.run([abridge, "idf", "merge", *paths, "-o", model_path], check=True)

        # 2. Summaries through the binary, one JSON line out per line in.
        command = [abridge, "--input-format", "jsonl", "--format", "json",
                   "--idf", model_path, *extra]
        # pipe() splits its command with shlex, so quote it the same way.
        summaries = lines.pipe(shlex.join(command), checkCode=True)
        summaries.saveAsTextFile(os.path.join(output, "summaries"))
        print(f"{len(parts)} partition models merged into {model_path}")
        print(f"summaries in {os.path.join(output, 'summaries')}")
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
