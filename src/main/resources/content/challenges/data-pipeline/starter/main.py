"""Practice project 4: a sales report from a dirty CSV.

Read the CSV on standard input, clean it with the rules of the statement, aggregate the accepted rows and print
the Markdown report exactly as the statement shows it. Only the standard library is available (csv, re, datetime...).
"""
import sys


def money(cents):
    """An amount in whole cents written as dollars with two decimals: 123456 -> '1234.56'."""
    return f"{cents // 100}.{cents % 100:02d}"


def main():
    raise NotImplementedError


if __name__ == "__main__":
    main()
