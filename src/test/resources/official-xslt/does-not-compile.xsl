<?xml version="1.0" encoding="UTF-8"?>
<!-- for tests only: an XSLT 2.0 stylesheet with an XPath error, so it does not compile -->
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <xsl:value-of select="string-join(('a', 'b')"/>
  </xsl:template>
</xsl:stylesheet>
