import sys

limits = [int(line) for line in sys.stdin if line.strip()]
top = max(limits)
composite = [False] * (top + 1)
for i in range(2, int(top ** 0.5) + 1):
    if not composite[i]:
        for j in range(i * i, top + 1, i):
            composite[j] = True
for n in limits:
    print(sum(1 for k in range(2, n + 1) if not composite[k]))
