"""Runs whole commands in rounds, each command once per round, and records every run's wall and CPU time.

    interleave.py RUNS WARMUP OUT.json NAME=COMMAND...

Interleaving puts every command of a round under the same load: on a shared machine a slow spell then
slows a planner and the hello world it is compared with alike, and a ratio taken within each round
holds still where a ratio of separately timed medians would not. The first command of a round
changes from round to round, so that no command always runs first. Output goes to /dev/null.
"""
import json
import resource
import shlex
import subprocess
import sys
import time


def run_once(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    runs, warmup, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    names, commands = [], []
    for pair in sys.argv[4:]:
        name, command = pair.split('=', 1)
        names.append(name)
        commands.append(shlex.split(command))
    times = {name: [] for name in names}
    cpus = {name: [] for name in names}
    for round_number in range(warmup + runs):
        for offset in range(len(names)):
            index = (round_number + offset) % len(names)
            wall, cpu = run_once(commands[index])
            if round_number >= warmup:
                times[names[index]].append(wall)
                cpus[names[index]].append(cpu)
        print(f"round {round_number + 1 - warmup if round_number >= warmup else 'warm-up'} of {runs}", file=sys.stderr)
    with open(out, 'w') as file:
        json.dump({'results': [{'command': name, 'times': times[name], 'cpu': cpus[name]} for name in names]}, file)


if __name__ == '__main__':
    main()
