"""The scanning benchmark's memory figure is the station process's own peak, not its parent's."""

import subprocess
import sys
import textwrap

from benchmarks._setup import ROOT

PARENT_MB = 300


def test_peak_memory_is_the_station_process_own_not_the_generator_that_started_it():
    # The benchmark makes the stack in one process and measures the station in a child it starts: a
    # parent holding a lot of memory must not make the child's figure look large.
    parent = textwrap.dedent(
        f"""
        import subprocess, sys
        held = bytearray({PARENT_MB} * 2**20)
        for i in range(0, len(held), 4096):
            held[i] = 1
        child = "import sys; sys.path.insert(0, {str(ROOT)!r}); "
        child += "from benchmarks.scan_station import own_peak_mb; print(own_peak_mb())"
        print(subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True).stdout)
        """
    )
    done = subprocess.run([sys.executable, "-c", parent], capture_output=True, text=True, check=True)
    assert float(done.stdout.strip()) < PARENT_MB / 2
