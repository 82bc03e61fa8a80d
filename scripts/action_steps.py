"""Runs the shell steps of the composite action.yml on this machine, as the Actions runner would run them.

Usage: python action_steps.py <action.yml> <step name> <state dir> [input=value ...]

The step's `run` script is executed with `bash --noprofile --norc -eo pipefail` (the runner's bash), with the step's
`env` after replacing the ${{ inputs.* }}, ${{ steps.<id>.outputs.* }} and ${{ github.action_path }} expressions, and
with GITHUB_OUTPUT and GITHUB_ACTION_PATH set. Step outputs are kept in <state dir>/outputs.json so later steps see
them. The `if:` conditions are not evaluated: the caller picks the steps. Used by scripts/test-action.sh; needs
ruamel.yaml (check-jsonschema's environment has it).
"""
import json
import os
import re
import subprocess
import sys

from ruamel.yaml import YAML

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def main() -> int:
    action_file, step_name, state_dir, *assignments = sys.argv[1:]
    action = YAML(typ="safe").load(open(action_file))
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    for assignment in assignments:
        name, _, value = assignment.partition("=")
        if name not in inputs:
            raise SystemExit(f"action_steps: no input {name!r} in {action_file}")
        inputs[name] = value.replace("\\n", "\n")
    outputs_file = os.path.join(state_dir, "outputs.json")
    outputs = json.load(open(outputs_file)) if os.path.exists(outputs_file) else {}
    action_path = os.path.dirname(os.path.abspath(action_file))

    def evaluate(expression: str) -> str:
        parts = expression.split(".")
        if parts[0] == "inputs" and len(parts) == 2:
            return inputs[parts[1]]
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            return outputs.get(parts[1], {}).get(parts[3], "")
        if expression == "github.action_path":
            return action_path
        raise SystemExit(f"action_steps: cannot evaluate ${{{{ {expression} }}}}")

    steps = [s for s in action["runs"]["steps"] if s.get("name") == step_name]
    if len(steps) != 1 or "run" not in steps[0]:
        raise SystemExit(f"action_steps: no run step named {step_name!r}")
    step = steps[0]
    env = dict(os.environ)
    for key, value in (step.get("env") or {}).items():
        env[key] = EXPRESSION.sub(lambda m: evaluate(m.group(1)), str(value))
    if EXPRESSION.search(step["run"]):
        raise SystemExit(f"action_steps: step {step_name!r} has an expression inside its script")
    output_file = os.path.join(state_dir, "github_output")
    open(output_file, "w").close()
    env["GITHUB_OUTPUT"] = output_file
    env["GITHUB_ACTION_PATH"] = action_path
    script = os.path.join(state_dir, "step.sh")
    with open(script, "w") as f:
        f.write(step["run"])
    status = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], env=env)
    step_outputs = {}
    for line in open(output_file):
        if "=" in line:
            key, _, value = line.rstrip("\n").partition("=")
            step_outputs[key] = value
    if "id" in step:
        outputs[step["id"]] = step_outputs
        json.dump(outputs, open(outputs_file, "w"))
    return status


if __name__ == "__main__":
    sys.exit(main())
