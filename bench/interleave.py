"""Runs whole commands in rounds, each command once per round, and records every run's wall and CPU time.

    interleave.py RUNS WARMUP OUT.json NAME=COMMAND...

Interleaving puts every command of a round under the same load: on a shared machine a slow spell then
slows a planner and the hello world it is compared with alike, and a ratio taken within each round
holds still where a ratio of separately timed medians would not. Each round runs the commands in an
order of its own, shuffled with a fixed seed (the same orders on every run of the script), so that no
command always runs first or always right after the same other one: what a command leaves behind (a
busy page cache, memory the kernel is still freeing) would otherwise favour or slow its neighbour.
Output goes to /dev/null.
"""
import json
import random
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
    shuffler = random.Random(20240320)
    for round_number in range(warmup + runs):
        order = list(range(len(names)))
        shuffler.shuffle(order)
        for index in order:
            wall, cpu = run_once(commands[index])
            if round_number >= warmup:
                times[names[index]].append(wall)
                cpus[names[index]].append(cpu)
        print(f"round {round_number + 1 - warmup if round_number >= warmup else 'warm-up'} of {runs}", file=sys.stderr)
    with open(out, 'w') as file:
        json.dump({'results': [{'command': name, 'times': times[name], 'cpu': cpus[name]} for name in names]}, file)


if __name__ == '__main__':
    main()
