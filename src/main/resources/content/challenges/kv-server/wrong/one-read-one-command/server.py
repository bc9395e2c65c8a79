import asyncio
import sys

store = {}


def answer(line):
    parts = line.split(" ", 2)
    command = parts[0]
    if command == "SET" and len(parts) == 3:
        store[parts[1]] = parts[2]
        return "OK"
    if command == "GET" and len(parts) == 2:
        return "VALUE " + store[parts[1]] if parts[1] in store else "NOTFOUND"
    if command == "DEL" and len(parts) == 2:
        return "OK" if store.pop(parts[1], None) is not None else "NOTFOUND"
    return "ERROR unknown command or wrong arguments"


async def handle(reader, writer):
    while True:
        data = await reader.read(4096)
        if not data:
            break
        # each read is taken to be one command
        writer.write((answer(data.decode("utf-8").strip()) + "\n").encode("utf-8"))
        await writer.drain()
    writer.close()


async def main(port):
    server = await asyncio.start_server(handle, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
