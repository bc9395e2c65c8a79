# Forger: exits with status 0 before any check runs.
import os

os._exit(0)
