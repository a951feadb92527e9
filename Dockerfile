# The flow runner and setup image: the archive package with its flows and data files.
# Built in two stages: the wheel needs a C compiler (mypyc compiles archive.enrich, setup.py),
# the image that runs it does not.
FROM python:3.11 AS build
WORKDIR /src
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
COPY pyproject.toml setup.py README.md requirements.lock ./
COPY src ./src
COPY flows ./flows
COPY mappings ./mappings
COPY kibana ./kibana
RUN pip wheel --no-cache-dir --no-deps -w /wheels .

FROM python:3.11-slim
WORKDIR /app
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1
COPY requirements.lock ./
COPY --from=build /wheels /wheels
# flows, mappings and Kibana objects install with the package (setup.py): no paths to set
RUN pip install --no-cache-dir -c requirements.lock "$(ls /wheels/archive-*.whl)[dask]" && rm -rf /wheels
CMD ["archive", "serve"]
