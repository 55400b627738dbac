<?xml version="1.0" encoding="UTF-8"?>
<!--
  A stand-in for an official iJw/iWmo level-2 XSLT (those are XSLT 2.0), for tests only: it writes a Rapport in the
  official format with one Fout CS058 per StatusAanlevering, so the native rules accept what it rejects (a 305 or 307),
  and no Fouten for a message without one (a 301). xsl:function, string-join and the 'for' expression are XSLT 2.0.
-->
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:t="urn:test:official-xslt"
    xmlns:r="http://www.istandaarden.nl/validatie/1_1/rapport/schema"
    exclude-result-prefixes="xs t">

  <xsl:variable name="versie" as="xs:string">9.8.7</xsl:variable>

  <!-- the official location form: a position only where same-named siblings repeat -->
  <xsl:function name="t:locatie" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="string-join(('', for $e in $element/ancestor-or-self::* return
        if (count($e/../*[local-name() = local-name($e)]) gt 1)
        then concat(local-name($e), '[', count($e/preceding-sibling::*[local-name() = local-name($e)]) + 1, ']')
        else local-name($e)), '/')"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="fouten" select="//*[local-name() = 'StatusAanlevering']"/>
    <r:Rapport>
      <r:Header>
        <r:BerichtCode><xsl:value-of select="/*/*[local-name() = 'Header']/*[local-name() = 'BerichtCode']"/></r:BerichtCode>
        <r:BerichtVersie>3</r:BerichtVersie>
        <r:BerichtSubversie>2</r:BerichtSubversie>
        <r:BerichtIdentificatie>
          <r:Identificatie>TEST</r:Identificatie>
          <r:Dagtekening>2026-01-01</r:Dagtekening>
        </r:BerichtIdentificatie>
        <r:XSLTVersie><xsl:value-of select="$versie"/></r:XSLTVersie>
      </r:Header>
      <xsl:if test="exists($fouten)">
        <r:Fouten>
          <xsl:for-each select="$fouten">
            <r:Fout>
              <r:Code>CS058</r:Code>
              <r:Locatie><xsl:value-of select="t:locatie(.)"/></r:Locatie>
              <r:Details>Test-Fout.</r:Details>
            </r:Fout>
          </xsl:for-each>
        </r:Fouten>
      </xsl:if>
    </r:Rapport>
  </xsl:template>
</xsl:stylesheet>
