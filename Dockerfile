# The flow runner and setup image: the archive package with its flows and data files.
FROM python:3.11-slim
WORKDIR /app
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1
COPY pyproject.toml setup.py README.md requirements.lock ./
COPY src ./src
COPY flows ./flows
COPY mappings ./mappings
COPY kibana ./kibana
# flows, mappings and Kibana objects install with the package (setup.py): no paths to set
RUN pip install --no-cache-dir -c requirements.lock '.[dask]'
CMD ["archive", "serve"]
